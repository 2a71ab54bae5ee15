package vn.mttq.thidua.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, as the session keeps them. {@link #agencyScope()} is what every query of an agency's
 * data is restricted by: the agency of a representative, or null (all agencies) for staff and admins.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String username;
    private String passwordHash;
    private final String fullName;
    private final Role role;
    private final Long agencyId;
    private final boolean enabled;
    private final boolean nonLocked;
    private boolean mustChangePassword;

    public CurrentUser(Long id, String username, String passwordHash, String fullName, Role role, Long agencyId,
                       boolean enabled, boolean nonLocked, boolean mustChangePassword) {
        if (role == Role.AGENCY_REP && agencyId == null) {
            throw new IllegalArgumentException("An agency representative must belong to an agency");
        }
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.role = role;
        this.agencyId = role == Role.AGENCY_REP ? agencyId : null;
        this.enabled = enabled;
        this.nonLocked = nonLocked;
        this.mustChangePassword = mustChangePassword;
    }

    /** The signed-in user, if the current request has one. */
    public static Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user; a request without one never reaches a service that asks for it. */
    public static CurrentUser require() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    /** The name that audit records carry: the username, or "system" for work done without a user. */
    public static String actorName() {
        return find().map(CurrentUser::getUsername).orElse("system");
    }

    /** The agency whose data this user may reach, or null when the user may reach every agency. */
    public Long agencyScope() {
        return agencyId;
    }

    public boolean isRepresentative() {
        return role == Role.AGENCY_REP;
    }

    public boolean isStaffOrAdmin() {
        return role == Role.STAFF || role == Role.ADMIN;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public Role getRole() {
        return role;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** Called once the user has chosen a new password, so that the session stops asking for one. */
    public void passwordChanged() {
        this.mustChangePassword = false;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return nonLocked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "CurrentUser[" + username + ", " + role + "]";
    }
}
