package vn.mttq.thidua.account;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.agency.AgencyRepresentatives;
import vn.mttq.thidua.security.Role;

/** The representatives' accounts of an agency, counted for an agency change's confirmation page. */
@Component
@Transactional(readOnly = true)
class RepresentativesOfAgency implements AgencyRepresentatives {

    private final AccountRepository accounts;

    RepresentativesOfAgency(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public long countOf(Long agencyId) {
        return accounts.countByAgencyIdAndRole(agencyId, Role.AGENCY_REP);
    }
}
