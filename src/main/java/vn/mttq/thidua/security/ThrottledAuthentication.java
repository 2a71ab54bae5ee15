package vn.mttq.thidua.security;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Sign-in with the password form, guarded: an address or an account+address with too many recent failures is
 * refused before the password is looked at; the password is checked before whether the account is locked or
 * disabled, so that neither the answer nor its timing tells a guesser anything about the account; every
 * failure is counted ({@link LoginAttempts}).
 */
@Component
class ThrottledAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginAttempts attempts;

    ThrottledAuthentication(UserDetailsService users, PasswordEncoder encoder, LoginAttempts attempts) {
        this.attempts = attempts;
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setPreAuthenticationChecks(user -> { });
        this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName().trim();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        if (attempts.throttled(username, address)) {
            throw new LockedException("Too many failed sign-ins from this address");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            attempts.succeeded(username, address);
            return result;
        } catch (BadCredentialsException e) {
            attempts.failed(username, address);
            throw e;
        } catch (AccountStatusException e) {
            attempts.refused(username, address, e.getClass().getSimpleName());
            throw e;
        } catch (IllegalArgumentException e) {
            // a password the encoder cannot even compare (longer than BCrypt's 72 bytes): a wrong password
            attempts.failed(username, address);
            throw new BadCredentialsException("Bad credentials", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
