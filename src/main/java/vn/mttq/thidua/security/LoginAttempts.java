package vn.mttq.thidua.security;

/**
 * What the login form reports to the accounts, and asks them before checking a password: whether sign-in from
 * this client address, for this name, is paused after repeated failures.
 */
public interface LoginAttempts {

    /** True when this attempt is refused without looking at the password (too many recent failures). */
    boolean throttled(String username, String address);

    /** A wrong password or an unknown name: counted per address, per account and address, and per account. */
    void failed(String username, String address);

    /** The right password for an account that may not sign in now (disabled, locked): recorded, not counted. */
    void refused(String username, String address, String reason);

    void succeeded(String username, String address);
}
