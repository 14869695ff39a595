package org.yomitori.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges the property layers (built-in file, external file, environment, system properties) into
 * one resolved set. Only settings the built-in file declares (plus per-channel folders) can be
 * set, so a misspelt name fails instead of being silently ignored.
 */
final class ConfigSources {
    static final String DEFAULTS = "application.properties";
    static final String DATA_DIR = "yomitori.data.dir";
    private static final Pattern CHANNEL_FOLDER = Pattern.compile("yomitori\\.intake\\.channel\\.[a-z0-9_-]+\\.folder");
    private static final Pattern REFERENCE = Pattern.compile("\\{\\{([A-Za-z0-9_.\\-]+)}}");

    private ConfigSources() {
    }

    static Properties resolve(Path externalFile, Map<String, String> env, Properties system) {
        Properties merged = builtIn();
        Set<String> known = new TreeSet<>(merged.stringPropertyNames());
        if (externalFile != null) {
            Properties site = read(externalFile);
            requireKnown(site, known, externalFile.toString());
            merged.putAll(site);
        }
        applyEnvironment(merged, env);
        Properties fromSystem = new Properties();
        system.stringPropertyNames().stream().filter(k -> k.startsWith("yomitori.") || k.startsWith("camel.main."))
                .filter(k -> !k.equals("yomitori.home"))
                .forEach(k -> fromSystem.setProperty(k, system.getProperty(k)));
        requireKnown(fromSystem, known, "a -D system property");
        merged.putAll(fromSystem);
        merged.setProperty(DATA_DIR, Settings.toPath(DATA_DIR, merged.getProperty(DATA_DIR, "").trim()).toString());
        interpolate(merged);
        return merged;
    }

    /** The environment variable that overrides a setting: YOMITORI_OCR_THREADS for yomitori.ocr.threads. */
    static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static Properties builtIn() {
        Properties p = new Properties();
        try (InputStream in = ConfigSources.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new ConfigException(DEFAULTS + " is missing from the class path (broken build)");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new ConfigException("cannot read the built-in " + DEFAULTS + ": " + e.getMessage(), e);
        }
    }

    private static Properties read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("--config " + file + ": no such file");
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return p;
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("--config " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static void requireKnown(Properties layer, Set<String> known, String where) {
        for (String key : layer.stringPropertyNames()) {
            if (key.startsWith("yomitori.") && !known.contains(key) && !CHANNEL_FOLDER.matcher(key).matches()) {
                throw new ConfigException("unknown setting " + key + " in " + where
                        + " (the settings are listed in " + DEFAULTS + ")");
            }
        }
    }

    /** Environment variables override known settings, including each configured channel's folder. */
    private static void applyEnvironment(Properties merged, Map<String, String> env) {
        Set<String> keys = new TreeSet<>(merged.stringPropertyNames());
        String channels = env.getOrDefault(environmentName("yomitori.intake.channels"),
                merged.getProperty("yomitori.intake.channels", ""));
        for (String channel : channels.split(",")) {
            if (!channel.isBlank()) {
                keys.add("yomitori.intake.channel." + channel.trim() + ".folder");
            }
        }
        for (String key : keys) {
            String value = env.get(environmentName(key));
            if (value != null) {
                merged.setProperty(key, value);
            }
        }
    }

    /** Replaces {{name}} in yomitori.* values by the named setting, as Camel's placeholders do. */
    private static void interpolate(Properties merged) {
        for (String key : merged.stringPropertyNames()) {
            if (key.startsWith("yomitori.")) {
                merged.setProperty(key, expand(merged, key, merged.getProperty(key), 0));
            }
        }
    }

    private static String expand(Properties merged, String key, String value, int depth) {
        if (depth > 10) {
            throw new ConfigException(key + " refers to settings in a loop");
        }
        Matcher m = REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = merged.getProperty(m.group(1));
            if (ref == null) {
                throw new ConfigException(key + " refers to {{" + m.group(1) + "}}, which is not set");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(expand(merged, key, ref, depth + 1)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
