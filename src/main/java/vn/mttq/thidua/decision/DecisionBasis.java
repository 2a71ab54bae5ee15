package vn.mttq.thidua.decision;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.mttq.thidua.audit.Audited;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.TrackedEntity;

/**
 * A legal document decisions are based on (căn cứ ban hành): a law, a decree, the Front's charter or rules — with
 * the days it is in force and the kinds of decision that cite it. A decision cites those in force on its date.
 */
@Entity
@Table(name = "decision_basis")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class DecisionBasis extends TrackedEntity implements Audited {

    private String title;
    private String number;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    private String description;
    @Column(name = "in_force_from")
    private LocalDate inForceFrom;
    @Column(name = "in_force_until")
    private LocalDate inForceUntil;
    private String kinds;
    @Column(name = "sort_order")
    private int sortOrder;

    DecisionBasis(String title) {
        this.title = title;
    }

    void describe(String title, String number, LocalDate issuedOn, String description, LocalDate inForceFrom,
                  LocalDate inForceUntil, Set<DecisionKind> kinds, int sortOrder) {
        if (inForceUntil != null && inForceUntil.isBefore(inForceFrom)) {
            throw BusinessRuleException.onField("inForceUntil", "basis.error.untilBeforeFrom");
        }
        if (kinds.isEmpty()) {
            throw BusinessRuleException.onField("kinds", "basis.error.noKind");
        }
        this.title = title;
        this.number = number;
        this.issuedOn = issuedOn;
        this.description = description;
        this.inForceFrom = inForceFrom;
        this.inForceUntil = inForceUntil;
        this.kinds = kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.sortOrder = sortOrder;
    }

    public Set<DecisionKind> getKindSet() {
        Set<DecisionKind> set = EnumSet.noneOf(DecisionKind.class);
        Arrays.stream(kinds.split(",")).filter(k -> !k.isBlank()).forEach(k -> set.add(DecisionKind.valueOf(k.trim())));
        return set;
    }

    /** Whether a decision of that kind, dated that day, cites this document. */
    public boolean citedBy(DecisionKind kind, LocalDate on) {
        return !on.isBefore(inForceFrom) && (inForceUntil == null || !on.isAfter(inForceUntil))
                && getKindSet().contains(kind);
    }

    /** The line of the decision that cites it: "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;". */
    public String citation() {
        StringBuilder line = new StringBuilder("Căn cứ ").append(title);
        if (number != null) {
            line.append(" số ").append(number);
        }
        if (issuedOn != null) {
            line.append(' ').append(AdministrativeDates.written(issuedOn));
        }
        if (description != null) {
            line.append(' ').append(description);
        }
        return line.append(';').toString();
    }

    @Override
    public String auditType() {
        return "DecisionBasis";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("title", title);
        state.put("number", number);
        state.put("issuedOn", issuedOn);
        state.put("description", description);
        state.put("inForceFrom", inForceFrom);
        state.put("inForceUntil", inForceUntil);
        state.put("kinds", kinds);
        state.put("sortOrder", sortOrder);
        return state;
    }
}
