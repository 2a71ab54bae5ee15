package vn.mttq.thidua.agency;

import org.springframework.modulith.NamedInterface;

/**
 * How many representatives' accounts an agency has: what an agency change will move or disable, as its confirmation
 * page says. Declared here, answered by the accounts module.
 */
@NamedInterface("api")
public interface AgencyRepresentatives {

    long countOf(Long agencyId);
}
