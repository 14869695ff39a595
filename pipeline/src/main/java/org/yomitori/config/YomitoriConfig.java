package org.yomitori.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Every setting of a running pipeline, typed and checked. Built once at start-up from
 * {@code application.properties} and its overrides; a bad value fails the start with a message
 * naming the setting. {@link #properties()} keeps the resolved text for Camel's placeholders.
 */
public record YomitoriConfig(Path dataDir, Intake intake, List<Path> templateFolders, Path thresholdsFile,
                             Render render, Ocr ocr, Reading reading, Web web, Db db, Review review, Auth auth,
                             Properties properties) {

    /** A drop folder: files dropped in {@code folder} are recorded as coming from {@code name}. */
    public record Channel(String name, Path folder) {
    }

    public record Intake(List<Channel> channels, long pollMillis, long stableMillis, boolean keepProcessed,
                         String excludePattern) {
        public Intake {
            channels = List.copyOf(channels);
        }
    }

    public record Render(int pdfDpi, int maxPages, long maxFileBytes, long maxPagePixels) {
    }

    /** @param tessdata the models folder, or null for the default (TESSDATA_PREFIX, else Debian's) */
    public record Ocr(int threads, Path tessdata, long fieldTimeoutMillis, long maxRegionPixels) {
    }

    public record Reading(long recoveryMillis, int cropMarginPx, int queueSize) {
    }

    public record Web(boolean enabled, String host, int port) {
    }

    /**
     * @param leaseMinutes   how long a verifier's claim on a document lasts without activity
     * @param overdueHours   a document still waiting for a person this long after it arrived is overdue
     * @param myNumberRoles  roles (clerk, verifier, admin) that see My Numbers unmasked; admin always does
     */
    public record Review(int leaseMinutes, int overdueHours, List<String> myNumberRoles) {
        public Review {
            myNumberRoles = List.copyOf(myNumberRoles);
        }
    }

    /**
     * @param bcryptCost         work factor of stored password hashes
     * @param sessionIdleMinutes a session unused this long ends
     * @param sessionMaxHours    a session ends this long after login, used or not
     * @param secureCookie       mark the session cookie Secure (when served over HTTPS)
     */
    public record Auth(int bcryptCost, int sessionIdleMinutes, int sessionMaxHours, boolean secureCookie) {
    }

    public record Db(String url, String user, String password) {
        @Override
        public String toString() { // keeps the password out of logs
            return "Db[url=" + url + ", user=" + user + "]";
        }
    }

    public YomitoriConfig {
        templateFolders = List.copyOf(templateFolders);
        Properties copy = new Properties();
        copy.putAll(properties);
        properties = copy;
    }

    /** Loads the built-in settings, then {@code externalFile} (may be null), the environment and -D properties. */
    public static YomitoriConfig load(Path externalFile, Map<String, String> env, Properties system) {
        return of(ConfigSources.resolve(externalFile, env, system));
    }

    /** Checks and types already-resolved properties. */
    public static YomitoriConfig of(Properties resolved) {
        Settings s = new Settings(resolved);
        Path dataDir = s.path(ConfigSources.DATA_DIR);
        return new YomitoriConfig(dataDir, intake(s, dataDir), s.paths("yomitori.templates.dirs"),
                s.path("yomitori.templates.thresholds"), render(s), ocr(s), reading(s), web(s), db(s), review(s),
                auth(s), resolved);
    }

    /** The environment variable that overrides a setting, e.g. YOMITORI_OCR_THREADS. */
    public static String environmentName(String key) {
        return ConfigSources.environmentName(key);
    }

    public DataLayout layout() {
        return new DataLayout(dataDir);
    }

    public Properties properties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    private static Intake intake(Settings s, Path dataDir) {
        String key = "yomitori.intake.channels";
        List<String> names = s.list(key);
        if (names.isEmpty()) {
            throw new ConfigException(key + " must name at least one channel");
        }
        List<Channel> channels = new ArrayList<>();
        Set<Path> folders = new HashSet<>();
        for (String name : names) {
            if (!name.matches("[a-z0-9][a-z0-9_-]{0,31}")) {
                throw new ConfigException(key + ": channel '" + name
                        + "' must be 1-32 lower-case letters, digits, '_' or '-'");
            }
            String folderKey = "yomitori.intake.channel." + name + ".folder";
            String folder = s.optional(folderKey);
            Path path = folder.isEmpty() ? new DataLayout(dataDir).inbox(name) : Settings.toPath(folderKey, folder);
            if (channels.stream().anyMatch(c -> c.name().equals(name)) || !folders.add(path)) {
                throw new ConfigException(key + ": channel '" + name + "' is listed twice or shares its folder " + path);
            }
            channels.add(new Channel(name, path));
        }
        return new Intake(channels, s.number("yomitori.intake.poll-ms", 100, 3_600_000),
                s.number("yomitori.intake.stable-ms", 0, 3_600_000), s.bool("yomitori.intake.keep-processed"),
                s.regex("yomitori.intake.exclude"));
    }

    private static Render render(Settings s) {
        return new Render(s.integer("yomitori.render.pdf-dpi", 72, 1200), s.integer("yomitori.render.max-pages", 1, 10_000),
                s.number("yomitori.render.max-file-mb", 1, 100_000) * 1024 * 1024,
                s.number("yomitori.render.max-page-megapixels", 1, 1_000) * 1_000_000);
    }

    private static Ocr ocr(Settings s) {
        String key = "yomitori.ocr.tessdata";
        Path tessdata = s.optional(key).isEmpty() ? null : s.path(key);
        if (tessdata != null && !Files.isDirectory(tessdata)) {
            throw new ConfigException(key + " must be an existing folder of Tesseract models, got " + tessdata);
        }
        return new Ocr(s.integer("yomitori.ocr.threads", 1, 64), tessdata,
                s.number("yomitori.ocr.field-timeout-ms", 100, 600_000),
                s.number("yomitori.ocr.max-region-pixels", 10_000, 1_000_000_000));
    }

    private static Reading reading(Settings s) {
        return new Reading(s.number("yomitori.reading.recovery-ms", 1_000, 86_400_000),
                s.integer("yomitori.reading.crop-margin-px", 0, 500), s.integer("yomitori.reading.queue-size", 1, 1_000_000));
    }

    private static Web web(Settings s) {
        return new Web(s.bool("yomitori.web.enabled"), s.text("yomitori.web.host"), s.integer("yomitori.web.port", 0, 65_535));
    }

    private static Review review(Settings s) {
        String key = "yomitori.review.my-number-roles";
        List<String> roles = s.list(key);
        for (String role : roles) {
            if (!List.of("clerk", "verifier", "admin").contains(role)) {
                throw new ConfigException(key + ": '" + role + "' is not a role (clerk, verifier, admin)");
            }
        }
        return new Review(s.integer("yomitori.review.lease-minutes", 1, 1_440),
                s.integer("yomitori.review.overdue-hours", 1, 8_760), roles);
    }

    private static Auth auth(Settings s) {
        return new Auth(s.integer("yomitori.auth.bcrypt-cost", 10, 16),
                s.integer("yomitori.auth.session-idle-minutes", 1, 1_440),
                s.integer("yomitori.auth.session-max-hours", 1, 168), s.bool("yomitori.auth.secure-cookie"));
    }

    private static Db db(Settings s) {
        String url = s.text("yomitori.db.url");
        if (!url.startsWith("jdbc:h2:")) {
            throw new ConfigException("yomitori.db.url must be an H2 JDBC URL (jdbc:h2:...), got '" + url + "'");
        }
        return new Db(url, s.text("yomitori.db.user"), s.optional("yomitori.db.password"));
    }
}
