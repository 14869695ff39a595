package org.yomitori.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import java.nio.charset.StandardCharsets;

/**
 * bcrypt hashes of passwords. A password longer than bcrypt's 72 bytes (a Japanese passphrase
 * reaches that at 24 characters) is pre-hashed with SHA-512 rather than cut short or refused.
 */
final class Passwords {
    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 1024;
    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2Y;
    private static final LongPasswordStrategy LONG = LongPasswordStrategies.hashSha512(VERSION);

    private final int cost;
    /** Checked when the user name is unknown, so a login takes as long whether or not the account exists. */
    private final String decoy;

    Passwords(int cost) {
        this.cost = cost;
        this.decoy = hash("decoy-password-never-matches");
    }

    String hash(String password) {
        return BCrypt.with(VERSION, LONG).hashToString(cost, password.toCharArray());
    }

    boolean matches(String password, String hash) {
        return BCrypt.verifyer(VERSION, LONG).verify(password.toCharArray(), hash.getBytes(StandardCharsets.US_ASCII))
                .verified;
    }

    /** Spends the time of a real check and fails. */
    boolean decoyCheck(String password) {
        matches(password, decoy);
        return false;
    }

    /** Long enough (counted in characters, not bytes), not absurdly long, not only spaces. */
    static boolean acceptable(String password) {
        return password != null && password.codePointCount(0, password.length()) >= MIN_LENGTH
                && password.length() <= MAX_LENGTH && !password.isBlank();
    }
}
