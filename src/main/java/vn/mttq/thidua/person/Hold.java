package vn.mttq.thidua.person;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import vn.mttq.thidua.audit.Audited;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.TrackedEntity;

/** A discipline, investigation or pending complaint on a person, from a date until a date (open while it lasts). */
@Entity
@Table(name = "person_hold")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Hold extends TrackedEntity implements Audited {

    @Column(name = "person_id")
    private Long personId;
    @Enumerated(EnumType.STRING)
    private HoldKind kind;
    @Column(name = "from_date")
    private LocalDate fromDate;
    @Column(name = "until_date")
    private LocalDate untilDate;
    private String reason;
    @Column(name = "entered_by")
    private String enteredBy;

    Hold(Long personId, HoldKind kind, LocalDate fromDate, LocalDate untilDate, String reason, String enteredBy) {
        if (untilDate != null && untilDate.isBefore(fromDate)) {
            throw BusinessRuleException.onField("untilDate", "hold.error.endsBeforeStart");
        }
        this.personId = personId;
        this.kind = kind;
        this.fromDate = fromDate;
        this.untilDate = untilDate;
        this.reason = reason;
        this.enteredBy = enteredBy;
    }

    /** Lasting on a day: begun, and not ended before it. */
    public boolean lastsOn(LocalDate day) {
        return !fromDate.isAfter(day) && (untilDate == null || !untilDate.isBefore(day));
    }

    /** Ends the hold: it lasts until that day (the discipline served, the investigation closed, the complaint settled). */
    void end(LocalDate on) {
        if (untilDate != null && !untilDate.isAfter(on)) {
            throw BusinessRuleException.onField("untilDate", "hold.error.alreadyEnded");
        }
        if (on.isBefore(fromDate)) {
            throw BusinessRuleException.onField("untilDate", "hold.error.beganToday");
        }
        this.untilDate = on;
    }

    HoldRecord record() {
        return new HoldRecord(getId(), kind, fromDate, untilDate, reason);
    }

    @Override
    public String auditType() {
        return "PersonHold";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("personId", personId);
        state.put("kind", kind);
        state.put("fromDate", fromDate);
        state.put("untilDate", untilDate);
        state.put("reason", reason);
        return state;
    }
}
