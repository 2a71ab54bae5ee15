package vn.mttq.thidua.period;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.shared.NotFoundException;
import vn.mttq.thidua.shared.Versions;

@Service
@Transactional(readOnly = true)
public class PeriodService {

    private final PeriodRepository periods;
    private final AuditLog auditLog;
    private final Clock clock;

    PeriodService(PeriodRepository periods, AuditLog auditLog, Clock clock) {
        this.periods = periods;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Every period, in the order they close. */
    public List<ReportingPeriod> list() {
        return periods.findAllOrdered();
    }

    public ReportingPeriod get(Long id) {
        return periods.findById(id).orElseThrow(() -> new NotFoundException("ReportingPeriod", id));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Periods that take submissions today (open or late), or open next, for the home page. */
    public List<ReportingPeriod> currentOrNext() {
        LocalDate today = today();
        List<ReportingPeriod> all = periods.findAllOrdered();
        List<ReportingPeriod> current = all.stream()
                .filter(p -> p.phaseOn(today) == PeriodPhase.OPEN || p.phaseOn(today) == PeriodPhase.LATE)
                .toList();
        if (!current.isEmpty()) {
            return current;
        }
        return all.stream().filter(p -> p.phaseOn(today) == PeriodPhase.UPCOMING).limit(1).toList();
    }

    @Transactional
    void reschedule(Long id, PeriodForm form) {
        ReportingPeriod period = get(id);
        Versions.check(ReportingPeriod.class, id, period.getVersion(), form.getVersion());
        Map<String, Object> before = period.auditState();
        period.reschedule(form.getOpensOn(), form.getDueOn(), form.getClosesOn(), clock.instant());
        auditLog.changed("RESCHEDULE", period, before);
    }
}
