package org.yomitori.export;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code file} section of an endpoint file. */
final class FileOptionsParser {
    private static final Set<String> KEYS = Set.of("folder", "format", "per", "name", "encoding", "line_ending",
            "header", "quote", "separator");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    private static final Set<String> PLACEHOLDERS = Set.of("endpoint", "document_id", "batch", "template", "ext");

    private final Path dataDir;

    FileOptionsParser(Path dataDir) {
        this.dataDir = dataDir;
    }

    Endpoint.FileOptions parse(YamlNode n, List<Column> columns) {
        n.allowOnly(KEYS);
        Endpoint.Format format = n.enumValue("format", Endpoint.Format.CSV);
        boolean perBatch = "batch".equals(n.choice("per", "record", "record", "batch"));
        Charset charset = EndpointLoader.charset(n, n.text("encoding", "UTF-8"));
        if (format == Endpoint.Format.JSON && !charset.equals(StandardCharsets.UTF_8)) {
            throw n.error("JSON files are always UTF-8 (RFC 8259); remove 'encoding' or use CSV or XML");
        }
        String separator = n.rawText("separator", ",");
        if (separator.length() != 1 || "\"\r\n".contains(separator)) {
            throw n.error("'separator' must be one character other than '\"' and line breaks");
        }
        boolean header = n.bool("header", true);
        if (format == Endpoint.Format.XML || format == Endpoint.Format.CSV && header) {
            checkNames(n, columns, new TextEncoder(charset));
        }
        String lineEnding = "CRLF".equals(n.choice("line_ending", "CRLF", "CRLF", "LF")) ? "\r\n" : "\n";
        return new Endpoint.FileOptions(dataDir.resolve(n.text("folder")).normalize(), format, perBatch,
                name(n, perBatch), charset, header, lineEnding, n.enumValue("quote", Endpoint.Quote.MINIMAL),
                separator.charAt(0));
    }

    /**
     * The file name pattern. It must name the record (or batch) so that delivering the same thing
     * again replaces the same file instead of adding a second one.
     */
    private static String name(YamlNode n, boolean perBatch) {
        String unique = perBatch ? "batch" : "document_id";
        String pattern = n.text("name", "{endpoint}_{" + unique + "}.{ext}");
        if (pattern.contains("/") || pattern.contains("\\") || pattern.startsWith(".")) {
            throw n.error("'name' is a file name: no folders, not hidden");
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1)) || (perBatch && m.group(1).equals("document_id"))) {
                throw n.error("'name' cannot use {" + m.group(1) + "} (allowed: {endpoint}, {template}, {ext}, {"
                        + unique + "})");
            }
        }
        if (!pattern.contains("{" + unique + "}")) {
            throw n.error("'name' must contain {" + unique + "} so that a repeated delivery replaces its file");
        }
        return pattern;
    }

    private static void checkNames(YamlNode n, List<Column> columns, TextEncoder encoder) {
        for (Column c : columns) {
            if (encoder.firstUnencodable(c.name()).isPresent()) {
                throw n.error("column name '" + c.name() + "' cannot be written in " + encoder.charset().name()
                        + " (it is written in the file)");
            }
        }
    }
}
