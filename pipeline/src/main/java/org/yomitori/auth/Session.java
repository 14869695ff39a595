package org.yomitori.auth;

/**
 * A logged-in person as a request sees them.
 *
 * @param csrfToken the token every mutating request must echo in {@code X-CSRF-Token}
 * @param idHash    SHA-256 of the session cookie, identifying the session in the database
 */
public record Session(String username, Role role, String csrfToken, String idHash) {
    @Override
    public String toString() { // keeps the tokens out of logs
        return "Session[" + username + ", " + role.id() + "]";
    }
}
