package org.yomitori.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yomitori.audit.AuditTrail;
import org.yomitori.config.YomitoriConfig;
import org.yomitori.storage.Database;
import org.yomitori.storage.User;
import org.yomitori.storage.UserRepository;

/**
 * Accounts, logins and sessions. There is no default account and no default password: on first
 * start {@link #startSetup()} makes a one-time token (printed to the console by the caller) with
 * which the first administrator is created; the token works once. Passwords are bcrypt hashes;
 * account changes go to the audit trail. Thread-safe.
 */
public final class Accounts {
    private static final Logger LOG = LoggerFactory.getLogger("auth");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");

    /** An account as an administrator sees it. */
    public record Account(String username, Role role, boolean active) {
    }

    private final Database db;
    private final Clock clock;
    private final Passwords passwords;
    private final SessionStore sessions;
    private final LoginThrottle throttle;
    private final UserRepository users = new UserRepository();
    private final AuditTrail audit = new AuditTrail();
    private String setupToken;

    public Accounts(Database db, YomitoriConfig.Auth settings, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.passwords = new Passwords(settings.bcryptCost());
        this.sessions = new SessionStore(db, settings, clock);
        this.throttle = new LoginThrottle(clock);
    }

    /** When no account exists: a new one-time setup token (replacing any earlier one); else empty. */
    public synchronized Optional<String> startSetup() {
        if (!setupNeeded()) {
            setupToken = null;
            return Optional.empty();
        }
        setupToken = SessionStore.randomToken();
        return Optional.of(setupToken);
    }

    public boolean setupNeeded() {
        return db.read(users::count) == 0;
    }

    /** Creates the first administrator with the setup token, which then stops working, and logs them in. */
    public synchronized Login setup(String token, String username, String password) {
        if (!setupNeeded()) {
            throw new AuthException(AuthException.SETUP_DONE, "初期設定は完了しています。",
                    "Setup is done: an account exists already.");
        }
        if (setupToken == null || token == null || !equal(setupToken, token)) {
            throw new AuthException(AuthException.BAD_SETUP_TOKEN, "初期設定用トークンが違います。",
                    "The setup token is wrong (it is printed to the console at start-up).");
        }
        checkNew(username, password);
        Instant now = clock.instant();
        String hash = passwords.hash(password);
        Login login = db.transaction(c -> {
            users.insert(c, new User(username, hash, Role.ADMIN.id(), true, now, now));
            audit.account(c, username, now, username, "created", null, Role.ADMIN.id());
            return sessions.open(c, username, Role.ADMIN);
        });
        setupToken = null;
        LOG.info("first administrator created with the setup token");
        return login;
    }

    /** Logs a person in; the same refusal whether the name or the password is wrong. */
    public Login login(String username, String password) {
        String name = username == null ? "" : username.trim();
        if (throttle.blocked(name)) {
            throw new AuthException(AuthException.TOO_MANY_ATTEMPTS, "ログインの失敗が続いたため、しばらくお待ちください。",
                    "Too many failed logins; wait a few minutes.");
        }
        Optional<User> user = db.read(c -> users.find(c, name));
        String given = password == null ? "" : password;
        boolean ok = user.isPresent() ? passwords.matches(given, user.get().passwordHash()) && user.get().active()
                : passwords.decoyCheck(given);
        Optional<Role> role = user.flatMap(u -> Role.fromId(u.role()));
        if (!ok || role.isEmpty()) {
            throttle.failed(name);
            throw new AuthException(AuthException.BAD_CREDENTIALS, "ユーザー名またはパスワードが違います。",
                    "Wrong user name or password.");
        }
        throttle.succeeded(name);
        return db.transaction(c -> sessions.open(c, name, role.get()));
    }

    /** The live session a cookie belongs to, if any. */
    public Optional<Session> session(String cookie) {
        return sessions.find(cookie);
    }

    public void logout(String cookie) {
        sessions.close(cookie);
    }

    public List<Account> accounts() {
        return db.read(users::all).stream()
                .map(u -> new Account(u.username(), Role.fromId(u.role()).orElseThrow(), u.active())).toList();
    }

    public void create(Session by, String username, String password, String role) {
        Role r = role(role);
        checkNew(username, password);
        Instant now = clock.instant();
        String hash = passwords.hash(password);
        db.transaction(c -> {
            if (users.find(c, username).isPresent()) {
                throw new AuthException(AuthException.USER_EXISTS, "そのユーザー名は使われています。",
                        "That user name is taken.");
            }
            users.insert(c, new User(username, hash, r.id(), true, now, now));
            audit.account(c, username, now, by.username(), "created", null, r.id());
            return null;
        });
    }

    /** Changes an account's role, active flag or password (null = unchanged); sessions end where needed. */
    public void update(Session by, String username, String role, Boolean active, String password) {
        Role newRole = role == null ? null : role(role);
        if (password != null && !Passwords.acceptable(password)) {
            throw weakPassword();
        }
        String hash = password == null ? null : passwords.hash(password);
        Instant now = clock.instant();
        db.transaction(c -> {
            User u = users.find(c, username).orElseThrow(() -> new AuthException(AuthException.NO_SUCH_USER,
                    "そのユーザーはいません。", "No such user."));
            if (newRole != null && !newRole.id().equals(u.role())) {
                users.setRole(c, username, newRole.id(), now);
                audit.account(c, username, now, by.username(), "role", u.role(), newRole.id());
            }
            if (active != null && active != u.active()) {
                users.setActive(c, username, active, now);
                audit.account(c, username, now, by.username(), "active", String.valueOf(u.active()), active.toString());
            }
            if (hash != null) {
                users.setPasswordHash(c, username, hash, now);
                audit.account(c, username, now, by.username(), "password", null, null);
            }
            if (users.activeAdmins(c) == 0) {
                throw new AuthException(AuthException.LAST_ADMIN, "有効な管理者が一人もいなくなります。",
                        "That would leave no active administrator.");
            }
            if (hash != null || Boolean.FALSE.equals(active)) {
                sessions.closeAll(c, username, username.equals(by.username()) ? by.idHash() : null);
            }
            return null;
        });
    }

    private void checkNew(String username, String password) {
        if (username == null || !USERNAME.matcher(username).matches() || username.equals(AuditTrail.SYSTEM)) {
            throw new AuthException(AuthException.BAD_USERNAME,
                    "ユーザー名は小文字の英数字と . _ @ - で2〜64文字にしてください。",
                    "A user name is 2-64 lower-case letters, digits, '.', '_', '@' or '-'.");
        }
        if (!Passwords.acceptable(password)) {
            throw weakPassword();
        }
    }

    private static AuthException weakPassword() {
        return new AuthException(AuthException.WEAK_PASSWORD, "パスワードは" + Passwords.MIN_LENGTH + "文字以上にしてください。",
                "A password has at least " + Passwords.MIN_LENGTH + " characters.");
    }

    private static Role role(String id) {
        return Role.fromId(id).orElseThrow(() -> new AuthException(AuthException.BAD_ROLE,
                "役割は clerk, verifier, admin のいずれかです。", "The role is clerk, verifier or admin."));
    }

    private static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
