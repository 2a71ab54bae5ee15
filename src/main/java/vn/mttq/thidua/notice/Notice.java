package vn.mttq.thidua.notice;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One thing one person is told; read when they open it, e-mailed at most once. */
@Entity
@Table(name = "notice")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Notice {

    /** Arguments are stored joined by this character, which no name or reason contains. */
    static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id")
    private Long accountId;
    private String kind;
    @Column(name = "event_key")
    private String eventKey;
    private String args;
    private String link;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;
    @Column(name = "emailed_at")
    private Instant emailedAt;

    public boolean isUnread() {
        return readAt == null;
    }

    /** The words of the message, in order. */
    public Object[] arguments() {
        return args == null || args.isEmpty() ? new Object[0] : args.split(SEPARATOR, -1);
    }

    void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    static String join(List<String> args) {
        return String.join(SEPARATOR, args.stream().map(a -> a == null ? "" : a.replace(SEPARATOR, " ")).toList());
    }
}
