package vn.mttq.thidua.agency;

import org.springframework.modulith.NamedInterface;

import java.util.List;

/**
 * Published, in the same transaction, when an admin reverts an agency change recorded by mistake: the accounts
 * module moves the representatives' accounts the change had moved back to the agency, and enables those it had
 * disabled.
 */
@NamedInterface("api")
public record AgencyChangeReverted(Long agencyId, List<Long> accountsMoved, List<Long> accountsDisabled) {
}
