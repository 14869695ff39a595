package org.yomitori.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Typed, validated reads of resolved properties; every failure names the setting. Shared by every
 * stage that reads its own settings (export, schedule), so all report bad values alike.
 */
public final class Settings {
    private final Properties properties;

    public Settings(Properties properties) {
        this.properties = properties;
    }

    public String text(String key) {
        String value = optional(key);
        if (value.isEmpty()) {
            throw new ConfigException(key + " must be set");
        }
        return value;
    }

    /** The trimmed value, or "" when unset. */
    public String optional(String key) {
        String value = properties.getProperty(key);
        return value == null ? "" : value.trim();
    }

    public int integer(String key, int min, int max) {
        return (int) number(key, min, max);
    }

    public long number(String key, long min, long max) {
        String value = optional(key);
        try {
            long n = Long.parseLong(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the expected range
        }
        throw new ConfigException(key + " must be a whole number from " + min + " to " + max + ", got '" + value + "'");
    }

    public boolean bool(String key) {
        String value = optional(key);
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new ConfigException(key + " must be true or false, got '" + value + "'");
    }

    public Path path(String key) {
        return toPath(key, text(key));
    }

    public List<String> list(String key) {
        return Arrays.stream(optional(key).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public List<Path> paths(String key) {
        return list(key).stream().map(v -> toPath(key, v)).toList();
    }

    public String regex(String key) {
        String value = optional(key);
        try {
            Pattern.compile(value);
            return value;
        } catch (PatternSyntaxException e) {
            throw new ConfigException(key + " is not a valid regular expression: " + e.getDescription());
        }
    }

    public static Path toPath(String key, String value) {
        try {
            return Path.of(value).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new ConfigException(key + " is not a valid path: '" + value + "'");
        }
    }
}
