package vn.mttq.thidua.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Data;
import vn.mttq.thidua.security.Role;

/**
 * An account as the admin's forms send it. The initial password is only read when the account is created;
 * the person must change it at their first sign-in.
 */
@Data
public class AccountForm {

    @NotBlank
    @Size(min = 3, max = 60)
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{account.username.invalid}")
    private String username;
    @NotBlank
    @Size(max = 200)
    private String fullName;
    @Email
    @Size(max = 200)
    private String email;
    @NotNull
    private Role role;
    private Long agencyId;
    private String initialPassword;
    private Long version;

    static AccountForm of(Account account) {
        AccountForm form = new AccountForm();
        form.setUsername(account.getUsername());
        form.setFullName(account.getFullName());
        form.setEmail(account.getEmail());
        form.setRole(account.getRole());
        form.setAgencyId(account.getAgency() == null ? null : account.getAgency().getId());
        form.setVersion(account.getVersion());
        return form;
    }

    /** What the form says, for the service. */
    public AccountDetails details() {
        return new AccountDetails(username, fullName, email, role, agencyId, initialPassword);
    }
}
