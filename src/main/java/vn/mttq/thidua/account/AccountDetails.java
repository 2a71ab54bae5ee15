package vn.mttq.thidua.account;

import vn.mttq.thidua.security.Role;

/** What an admin says of an account, as the service takes it (the initial password only when it is created). */
public record AccountDetails(String username, String fullName, String email, Role role, Long agencyId,
                             String initialPassword) {
}
