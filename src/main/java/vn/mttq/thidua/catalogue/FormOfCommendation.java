package vn.mttq.thidua.catalogue;

import org.springframework.modulith.NamedInterface;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.mttq.thidua.audit.Audited;
import vn.mttq.thidua.shared.Names;

/** A form of commendation (hình thức khen thưởng) of the catalogue: data, not an enum in code. */
@NamedInterface("api")
@Entity
@Table(name = "commendation_form")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class FormOfCommendation implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    @Column(name = "name_en")
    private String nameEn;
    @Enumerated(EnumType.STRING)
    private Recipient recipient;
    @Enumerated(EnumType.STRING)
    private Authority authority;
    private boolean active = true;
    @Column(name = "sort_order")
    private int sortOrder;
    /** The council's yes votes this form needs, as a share (%) of the council's members; null: the session's threshold. */
    @Column(name = "vote_threshold_percent")
    private Integer voteThresholdPercent;
    @Version
    private long version;

    FormOfCommendation(String code, String name, String nameEn, Recipient recipient, Authority authority, int sortOrder) {
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
        this.recipient = recipient;
        this.authority = authority;
        this.sortOrder = sortOrder;
    }

    void setVoteThresholdPercent(Integer percent) {
        this.voteThresholdPercent = percent;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public String nameIn(Locale locale) {
        return Names.in(locale, name, nameEn);
    }

    @Override
    public String auditType() {
        return "FormOfCommendation";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("name", name);
        state.put("recipient", recipient);
        state.put("authority", authority);
        state.put("active", active);
        state.put("voteThresholdPercent", voteThresholdPercent);
        return state;
    }
}
