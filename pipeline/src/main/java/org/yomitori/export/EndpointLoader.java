package org.yomitori.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.quartz.CronExpression;
import org.yomitori.config.ConfigException;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateRegistry;

/**
 * Loads the endpoint files ({@code *.yaml}, {@code *.yml}) of the configured folders and checks
 * them: every field must exist in the template, names must be writable in the file's encoding,
 * and a window must be a valid Quartz cron. A later folder overrides an earlier one by id. Errors
 * name the file and the key; a broken endpoint stops the start rather than mangling data later.
 */
final class EndpointLoader {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> KEYS = Set.of("id", "template", "window", "allow_my_number", "file", "database",
            "columns");
    private static final String ID = "[a-z0-9][a-z0-9_-]{0,63}";

    private final TemplateRegistry templates;
    private final Path dataDir;
    private final ExportSettings.CoreDb coreDb;
    private final Map<String, String> env;

    EndpointLoader(TemplateRegistry templates, Path dataDir, ExportSettings.CoreDb coreDb, Map<String, String> env) {
        this.templates = templates;
        this.dataDir = dataDir;
        this.coreDb = coreDb;
        this.env = env;
    }

    List<Endpoint> loadAll(List<Path> folders) {
        Map<String, Endpoint> byId = new LinkedHashMap<>();
        for (Path folder : folders) {
            for (Path file : files(folder)) {
                Endpoint e = load(file);
                byId.put(e.id(), e);
            }
        }
        return List.copyOf(byId.values());
    }

    Endpoint load(Path file) {
        YamlNode n = new YamlNode(read(file), file, "");
        n.allowOnly(KEYS);
        String id = n.text("id");
        if (!id.matches(ID)) {
            throw n.error("id '" + id + "' must be 1-64 lower-case letters, digits, '_' or '-'");
        }
        String templateId = n.text("template");
        Template template = templates.byId(templateId).orElseThrow(() -> n.error("template '" + templateId
                + "' is not installed (yomitori.templates.dirs)"));
        if (n.has("file") == n.has("database")) {
            throw n.error("an endpoint has exactly one of 'file' or 'database'");
        }
        List<Column> columns = new ColumnParser(template).parse(n.list("columns"));
        Endpoint.FileOptions fileOptions = n.has("file") ? new FileOptionsParser(dataDir).parse(n.child("file"), columns) : null;
        Endpoint.DatabaseOptions db = n.has("database") ? database(n.child("database"), columns) : null;
        return new Endpoint(id, templateId, windows(n), n.bool("allow_my_number", false), columns, fileOptions, db, file);
    }

    /** One cron or a list (12:00 and 17:30 on weekdays need two: 0 0 12 ? * MON-FRI, 0 30 17 ? * MON-FRI). */
    private static List<String> windows(YamlNode n) {
        if (!n.has("window")) {
            return List.of();
        }
        List<String> crons = n.texts("window");
        for (String cron : crons) {
            if (!CronExpression.isValidExpression(cron)) {
                throw n.error("'window' is not a Quartz cron expression (seconds minutes hours day month weekday, "
                        + "e.g. \"0 0 12 ? * MON-FRI\"): '" + cron + "'");
            }
        }
        return List.copyOf(crons);
    }

    private Endpoint.DatabaseOptions database(YamlNode n, List<Column> columns) {
        n.allowOnly(Set.of("url", "user", "password_env", "table", "mode", "key"));
        String url = n.text("url", coreDb.url());
        String password = url.equals(coreDb.url()) ? coreDb.password() : "";
        if (n.has("password_env")) {
            password = env.getOrDefault(n.text("password_env"), "");
        }
        String table = n.text("table");
        if (!table.matches(SqlNames.QUALIFIED)) {
            throw n.error("'table' must be a plain SQL name (letters, digits, '_', optionally schema.table), got '"
                    + table + "'");
        }
        for (Column c : columns) {
            if (!c.name().matches(SqlNames.NAME)) {
                throw n.error("column '" + c.name() + "' must be a plain SQL name (letters, digits, '_')");
            }
        }
        List<String> key = n.texts("key");
        for (String k : key) {
            if (columns.stream().noneMatch(c -> c.name().equalsIgnoreCase(k))) {
                throw n.error("key column '" + k + "' is not one of the mapped columns");
            }
        }
        return new Endpoint.DatabaseOptions(url, n.text("user", url.equals(coreDb.url()) ? coreDb.user() : ""), password,
                table, n.enumValue("mode", Endpoint.Mode.UPSERT), key);
    }

    private static JsonNode read(Path file) {
        try {
            JsonNode root = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (root == null || !root.isObject()) {
                throw new ConfigException(file + ": an endpoint file is a mapping of keys to values");
            }
            return root;
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read as YAML: " + e.getMessage(), e);
        }
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return new ArrayList<>(files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("(?i)[^.].*\\.ya?ml")).sorted().toList());
        } catch (IOException e) {
            throw new ConfigException(folder + ": cannot list endpoint files: " + e.getMessage(), e);
        }
    }

    /** Charsets by the names admins write; Java's "Shift_JIS" is JIS X 0208 only, CP932 adds the vendor characters. */
    static Charset charset(YamlNode n, String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw n.error("'encoding' '" + name + "' is not a character set this Java knows (UTF-8, Shift_JIS, CP932...)");
        }
    }
}
