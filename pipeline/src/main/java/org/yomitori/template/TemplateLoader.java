package org.yomitori.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one template file (YAML or JSON). Also accepts the field-spec JSON that comes with a
 * blank form ({@code "form"} instead of {@code "id"}, {@code "pages": 1}, reference image beside
 * it with the same base name), so an admin can install a form from its spec without rewriting it.
 * Every problem is reported as a {@link TemplateException} naming the file and the field.
 */
public final class TemplateLoader {
    static final double DEFAULT_THRESHOLD = 0.90;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CalibratedThresholds calibration;

    /** Fields without a threshold of their own take the template default. */
    public TemplateLoader() {
        this(CalibratedThresholds.NONE);
    }

    /** Fields without a threshold of their own take the calibrated value, else the template default. */
    public TemplateLoader(CalibratedThresholds calibration) {
        this.calibration = calibration;
    }

    public Template load(Path file) {
        JsonNode root = parse(file);
        try {
            return toTemplate(file, root);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new TemplateException(file, e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    private static JsonNode parse(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            JsonNode root = (name.endsWith(".json") ? JSON : YAML).readTree(file.toFile());
            if (root == null || !root.isObject()) {
                throw new TemplateException(file, "not a template: the file is empty or not a mapping");
            }
            return root;
        } catch (IOException e) {
            throw new TemplateException(file, "cannot be parsed: " + firstLine(e.getMessage()), e);
        }
    }

    private Template toTemplate(Path file, JsonNode root) {
        String id = text(root, "id", text(root, "form", null));
        require(id != null && id.matches("[a-z0-9_]+"), "'id' must be snake_case letters and digits, got " + id);
        int dpi = root.path("dpi").asInt(300);
        int width = positive(root, "width");
        int height = positive(root, "height");
        List<Path> references = references(file, root, id);
        double templateDefault = root.path("defaults").path("threshold").asDouble(DEFAULT_THRESHOLD);
        require(templateDefault >= 0 && templateDefault <= 1, "'defaults.threshold' must be within 0..1");
        FieldSpecParser.Fallback threshold = (name, type) -> calibration.thresholdFor(id, name, type)
                .orElse(templateDefault);
        List<FieldSpec> fields = new ArrayList<>();
        JsonNode fieldNodes = root.path("fields");
        require(fieldNodes.isArray() && !fieldNodes.isEmpty(), "'fields' must list at least one field");
        for (JsonNode f : fieldNodes) {
            FieldSpec spec = FieldSpecParser.parse(f, root.path("language").asText("ja"), threshold);
            require(spec.page() < references.size(), "field '" + spec.name() + "' is on page " + spec.page()
                    + " but the template has " + references.size() + " page(s)");
            require(fields.stream().noneMatch(x -> x.name().equals(spec.name())),
                    "field '" + spec.name() + "' is declared twice");
            fields.add(spec);
        }
        List<String> keywords = new ArrayList<>();
        root.path("keywords").forEach(k -> keywords.add(k.asText()));
        // Without a "rules" key (a bare spec, an older template) the rules the fields imply apply;
        // "rules: []" turns them off.
        List<FieldRule> rules = root.has("rules") ? FieldRuleParser.parse(root.get("rules"), fields)
                : RuleInference.infer(fields);
        return new Template(id, root.path("version").asInt(1), text(root, "title", id), text(root, "code", null),
                root.path("language").asText("ja"), dpi, width, height, references.size(), references, keywords,
                fields, file.toAbsolutePath(), rules);
    }

    /** Reference images: an explicit list under "pages", or "reference", or a same-named image beside it. */
    private static List<Path> references(Path file, JsonNode root, String id) {
        Path dir = file.toAbsolutePath().getParent();
        List<Path> out = new ArrayList<>();
        JsonNode pages = root.path("pages");
        if (pages.isArray()) {
            for (JsonNode p : pages) {
                out.add(dir.resolve(p.path("reference").asText(p.asText())));
            }
        } else {
            String ref = text(root, "reference", null);
            if (ref != null) {
                out.add(dir.resolve(ref));
            } else {
                String base = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
                out.add(dir.resolve(base + ".png"));
            }
            int count = pages.asInt(1);
            require(count == 1 || out.size() == count, "a " + count + "-page template must list its pages");
        }
        for (Path p : out) {
            require(Files.isRegularFile(p), "reference image " + p.getFileName() + " not found beside the template");
        }
        require(!out.isEmpty(), "template '" + id + "' has no page");
        return out;
    }

    static String text(JsonNode node, String key, String fallback) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? fallback : v.asText();
    }

    static Box box(JsonNode node, String what) {
        require(node != null && node.isArray() && node.size() == 4, what + " must be [x, y, w, h]");
        List<Integer> xywh = new ArrayList<>();
        node.forEach(n -> {
            require(n.isNumber(), what + " must hold numbers");
            xywh.add(n.asInt());
        });
        return Box.of(xywh);
    }

    static Map<String, Box> boxes(JsonNode node, String what) {
        Map<String, Box> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), box(e.getValue(), what + "." + e.getKey())));
        return out;
    }

    private static int positive(JsonNode root, String key) {
        int v = root.path(key).asInt(-1);
        require(v > 0, "'" + key + "' must be a positive number of pixels");
        return v;
    }

    static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
