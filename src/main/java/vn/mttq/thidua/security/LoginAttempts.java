package vn.mttq.thidua.security;

/** What the login form reports to the accounts: failures in a row lock an account, a success clears them. */
public interface LoginAttempts {

    void failed(String username);

    void succeeded(String username);
}
