package vn.mttq.thidua.dashboard;

import java.time.LocalDate;
import java.util.List;

import vn.mttq.thidua.account.Account;
import vn.mttq.thidua.agency.Agency;
import vn.mttq.thidua.agency.Unit;
import vn.mttq.thidua.campaign.Campaign;
import vn.mttq.thidua.period.ReportingPeriod;

/**
 * What the home page shows one person: the campaigns, the periods that take submissions now (or next), and
 * what is theirs to do — a representative's agency and units, staff's agencies still without units, an
 * admin's locked or disabled accounts.
 */
public record Home(LocalDate today, List<Campaign> campaigns, List<ReportingPeriod> periods, Agency agency, List<Unit> units,
            long agencyCount, long activeUnitCount, long agenciesWithoutUnits, List<Account> lockedOrDisabled) {

    public long activeUnitsOfAgency() {
        return units == null ? 0 : units.stream().filter(Unit::isActive).count();
    }
}
