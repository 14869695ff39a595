package org.yomitori.auth;

/**
 * A session just opened by a login or the first-admin setup.
 *
 * @param cookie the value to send in the session cookie; the database keeps only its hash
 */
public record Login(String cookie, Session session) {
    @Override
    public String toString() { // keeps the cookie out of logs
        return "Login[" + session + "]";
    }
}
