package org.yomitori.export;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.yomitori.config.ConfigException;

/** Typed reads of the resolved yomitori.export.* settings; every failure names the setting. */
final class Props {
    private final Properties properties;

    Props(Properties properties) {
        this.properties = properties;
    }

    String text(String key) {
        String value = optional(key);
        if (value.isEmpty()) {
            throw new ConfigException(key + " must be set");
        }
        return value;
    }

    String optional(String key) {
        String value = properties.getProperty(key);
        return value == null ? "" : value.trim();
    }

    long number(String key, long min, long max) {
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

    /** A path; relative ones are taken from the working directory, like every other path setting. */
    Path path(String key) {
        return toPath(key, text(key));
    }

    List<Path> paths(String key) {
        return Arrays.stream(optional(key).split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(v -> toPath(key, v)).toList();
    }

    static Path toPath(String key, String value) {
        try {
            return Path.of(value).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new ConfigException(key + " is not a valid path: '" + value + "'");
        }
    }
}
