package org.yomitori.auth;

/**
 * A login, setup or account change that is refused. {@link #code()} is machine-readable (the API's
 * {@code error}); the message is "日本語 / English" for the person. Never carries a password.
 */
public final class AuthException extends RuntimeException {
    public static final String BAD_CREDENTIALS = "bad_credentials";
    public static final String TOO_MANY_ATTEMPTS = "too_many_attempts";
    public static final String BAD_SETUP_TOKEN = "bad_setup_token";
    public static final String SETUP_DONE = "setup_done";
    public static final String WEAK_PASSWORD = "weak_password";
    public static final String BAD_USERNAME = "bad_username";
    public static final String BAD_ROLE = "bad_role";
    public static final String USER_EXISTS = "user_exists";
    public static final String NO_SUCH_USER = "no_such_user";
    public static final String LAST_ADMIN = "last_admin";

    private final String code;

    AuthException(String code, String japanese, String english) {
        super(japanese + " / " + english);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
