package vn.mttq.thidua.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.mttq.thidua.account.Account;
import vn.mttq.thidua.agency.Agency;
import vn.mttq.thidua.agency.Unit;
import vn.mttq.thidua.campaign.Campaign;
import vn.mttq.thidua.campaign.ContentArea;
import vn.mttq.thidua.period.ReportingPeriod;
import vn.mttq.thidua.pledge.Pledge;
import vn.mttq.thidua.report.Report;

/**
 * What the home page shows one person: the campaigns, the periods that take submissions now (or next), and
 * what is theirs to do — for a representative, the reports due or overdue and what was returned; for staff,
 * what awaits review in the campaign shown (the current one unless another is chosen) and the agencies still
 * without units; for an admin, also locked or disabled accounts. {@code areas}: for a representative, the content
 * area each unit takes part in within the campaign shown.
 */
public record Home(LocalDate today, List<Campaign> campaigns, Campaign campaign, List<ReportingPeriod> periods, Agency agency,
                   List<Unit> units, List<DueReport> due, List<Pledge> returnedPledges, List<Report> returnedReports,
                   long agencyCount, long activeUnitCount, long agenciesWithoutUnits, long pledgesAwaiting,
                   long reportsAwaiting, long nominationsToAppraise, long nominationsToApprove,
                   List<Account> lockedOrDisabled, long unitsTakingPart, Map<Long, ContentArea> areas) {

    /** A representative's active units not yet registered in the campaign shown, while it can still take them. */
    public long unitsNotTakingPart() {
        if (units == null || campaign == null || !campaign.getStatus().isOpen()) {
            return 0;
        }
        return units.stream().filter(Unit::isActive).filter(u -> !areas.containsKey(u.getId())).count();
    }

    public long activeUnitsOfAgency() {
        return units == null ? 0 : units.stream().filter(Unit::isActive).count();
    }

    /**
     * A report a unit can hand in now and has not: not started, or still a draft. Overdue once the due date has
     * passed (a reopening of a closed period is always overdue).
     */
    public record DueReport(Unit unit, ReportingPeriod period, Report report, boolean overdue) {
    }
}
