package vn.mttq.thidua.period;

import org.springframework.modulith.NamedInterface;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.mttq.thidua.agency.Unit;
import vn.mttq.thidua.audit.Audited;

/** Staff let one unit submit for a period after it closed, until a given day. */
@NamedInterface("api")
@Entity
@Table(name = "period_reopening")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PeriodReopening implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    private ReportingPeriod period;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(name = "open_until")
    private LocalDate openUntil;
    private String reason;
    @Column(name = "reopened_by")
    private String reopenedBy;
    @Column(name = "created_at")
    private Instant createdAt;

    PeriodReopening(ReportingPeriod period, Unit unit) {
        this.period = period;
        this.unit = unit;
    }

    void extend(LocalDate openUntil, String reason, String by, Instant at) {
        this.openUntil = openUntil;
        this.reason = reason;
        this.reopenedBy = by;
        this.createdAt = at;
    }

    @Override
    public String auditType() {
        return "PeriodReopening";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("periodId", period.getId());
        state.put("unitId", unit.getId());
        state.put("openUntil", openUntil);
        state.put("reason", reason);
        return state;
    }
}
