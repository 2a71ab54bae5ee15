package vn.mttq.thidua.council;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.mttq.thidua.audit.Audited;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.TrackedEntity;

/**
 * A session of the Emulation & Commendation Council (Hội đồng Thi đua - Khen thưởng): its members, the quorum
 * (votes needed for a valid result) and the approval threshold (yes votes needed), both settings of the
 * session, by default a majority of all members.
 */
@Entity
@Table(name = "council_session")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CouncilSession extends TrackedEntity implements Audited {

    private String title;
    @Column(name = "held_on")
    private LocalDate heldOn;
    private int quorum;
    @Column(name = "approval_threshold")
    private int approvalThreshold;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private CouncilSessionStatus status = CouncilSessionStatus.OPEN;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "search_key")
    private String searchKey;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CouncilMember> members = new ArrayList<>();

    CouncilSession(String title, LocalDate heldOn, String createdBy) {
        this.title = title;
        this.heldOn = heldOn;
        this.createdBy = createdBy;
    }

    /** A majority of all members: more than half. */
    static int majorityOf(int members) {
        return members / 2 + 1;
    }

    /**
     * The session's rules: a quorum of at least a majority of all members (the default), and an approval
     * threshold between 1 and the number of members (by default a majority).
     */
    void setRules(Integer quorum, Integer threshold) {
        int size = members.size();
        this.quorum = quorum == null ? majorityOf(size) : quorum;
        this.approvalThreshold = threshold == null ? majorityOf(size) : threshold;
        if (this.quorum < majorityOf(size) || this.quorum > size) {
            throw BusinessRuleException.onField("quorum", "council.error.quorum", majorityOf(size), size);
        }
        if (this.approvalThreshold < 1 || this.approvalThreshold > size) {
            throw BusinessRuleException.onField("approvalThreshold", "council.error.threshold", size);
        }
    }

    /**
     * A council is not one person: at least {@code minimum} members (a setting), and the person who opens the
     * session is never its only member.
     */
    void requireMembers(int minimum, String openedBy) {
        if (members.size() < minimum) {
            throw BusinessRuleException.onField("memberIds", "council.error.tooFewMembers", minimum);
        }
        if (members.stream().allMatch(m -> m.getAccount().getUsername().equalsIgnoreCase(openedBy))) {
            throw BusinessRuleException.onField("memberIds", "council.error.onlyOpener");
        }
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    void requireOpen() {
        if (!isOpen()) {
            throw new BusinessRuleException("council.error.closed");
        }
    }

    void close(Instant at) {
        status = status.to(CouncilSessionStatus.CLOSED);
        closedAt = at;
    }

    /** Open again, its close discarded (its nominees are put back before it by the service). */
    void reopen() {
        status = status.to(CouncilSessionStatus.OPEN);
        closedAt = null;
    }

    /** The result of the votes (or of the paper tally) for one nominee under this session's rules. */
    public CouncilResult result(int yes, int no, int abstain, boolean fromPaper) {
        return result(yes, no, abstain, fromPaper, null, 0);
    }

    /**
     * The result for a nominee of a form that needs a share of the council's members ({@code formPercent} of
     * {@code members}, e.g. 80 % for a Cờ thi đua, 90 % for Chiến sĩ thi đua cấp tỉnh): the yes votes needed are the
     * session's threshold or that share, whichever is more.
     */
    public CouncilResult result(int yes, int no, int abstain, boolean fromPaper, Integer formPercent, int members) {
        int cast = yes + no + abstain;
        int needed = yesNeeded(formPercent, members);
        return new CouncilResult(yes, no, abstain, cast >= quorum, cast >= quorum && yes >= needed, fromPaper, needed,
                formPercent);
    }

    int yesNeeded(Integer formPercent, int members) {
        return formPercent == null ? approvalThreshold
                : Math.max(approvalThreshold, (members * formPercent + 99) / 100);
    }

    @Override
    protected void beforeSave() {
        searchKey = vn.mttq.thidua.shared.SearchText.key(title);
    }

    @Override
    public String auditType() {
        return "CouncilSession";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("title", title);
        state.put("heldOn", heldOn);
        state.put("quorum", quorum);
        state.put("approvalThreshold", approvalThreshold);
        state.put("status", status);
        state.put("members", members.stream().map(m -> m.getAccount().getUsername()).toList());
        return state;
    }
}
