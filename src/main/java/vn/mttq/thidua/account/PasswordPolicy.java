package vn.mttq.thidua.account;

import java.security.SecureRandom;

import vn.mttq.thidua.shared.BusinessRuleException;

/** What a password must be (8 to 100 characters, letters and digits, not the username), and temporary ones. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 100;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    static void check(String field, String password, String username) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw BusinessRuleException.onField(field, "password.error.length", MIN_LENGTH, MAX_LENGTH);
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw BusinessRuleException.onField(field, "password.error.lettersAndDigits");
        }
        if (password.equalsIgnoreCase(username)) {
            throw BusinessRuleException.onField(field, "password.error.sameAsUsername");
        }
    }

    /** A random temporary password that satisfies the policy. */
    static String temporary() {
        while (true) {
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String candidate = password.toString();
            if (candidate.chars().anyMatch(Character::isLetter) && candidate.chars().anyMatch(Character::isDigit)) {
                return candidate;
            }
        }
    }
}
