package vn.mttq.thidua.dashboard;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.account.AccountService;
import vn.mttq.thidua.agency.Agency;
import vn.mttq.thidua.agency.AgencyService;
import vn.mttq.thidua.agency.UnitService;
import vn.mttq.thidua.campaign.CampaignService;
import vn.mttq.thidua.period.PeriodService;
import vn.mttq.thidua.security.CurrentUser;

@Service
class Dashboard {

    private final CampaignService campaigns;
    private final PeriodService periods;
    private final AgencyService agencies;
    private final UnitService units;
    private final AccountService accounts;

    Dashboard(CampaignService campaigns, PeriodService periods, AgencyService agencies, UnitService units,
              AccountService accounts) {
        this.campaigns = campaigns;
        this.periods = periods;
        this.agencies = agencies;
        this.units = units;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    Home homeOf(CurrentUser user) {
        if (user.isRepresentative()) {
            Agency agency = agencies.getVisible(user.getAgencyId());
            return new Home(periods.today(), campaigns.list(), periods.currentOrNext(), agency, units.ofAgency(agency.getId()),
                    0, 0, 0, List.of());
        }
        return new Home(periods.today(), campaigns.list(), periods.currentOrNext(), null, null, agencies.count(), units.countActive(),
                agencies.countWithoutActiveUnits(), user.isAdmin() ? accounts.lockedOrDisabled() : List.of());
    }
}
