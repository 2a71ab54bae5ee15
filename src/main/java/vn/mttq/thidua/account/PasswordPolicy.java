package vn.mttq.thidua.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import vn.mttq.thidua.shared.BusinessRuleException;

/**
 * What a password must be — 8 to 100 characters and at most 72 bytes (BCrypt compares no more: about 25
 * Vietnamese letters with their marks), letters and digits, not the username, not one of the most common
 * passwords — and temporary ones.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 100;
    static final int MAX_BYTES = 72;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> COMMON = load("/account/common-passwords.txt");

    private PasswordPolicy() {
    }

    static void check(String field, String password, String username) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw BusinessRuleException.onField(field, "password.error.length", MIN_LENGTH, MAX_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw BusinessRuleException.onField(field, "password.error.tooManyBytes", MAX_BYTES);
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw BusinessRuleException.onField(field, "password.error.lettersAndDigits");
        }
        if (password.equalsIgnoreCase(username)) {
            throw BusinessRuleException.onField(field, "password.error.sameAsUsername");
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            throw BusinessRuleException.onField(field, "password.error.common");
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

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
