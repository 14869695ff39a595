package org.yomitori.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Confidence thresholds measured on ground-truthed scans ({@code yomitori calibrate}): one per field
 * type, and optionally one per field of a known template. A field that sets no {@code threshold} of
 * its own takes its template field's value, else its type's, else the template's default, so a newly
 * imported form is calibrated from the first scan.
 *
 * @param byType  threshold per field type
 * @param byField threshold per {@code template id} then field name
 */
public record CalibratedThresholds(Map<FieldType, Double> byType, Map<String, Map<String, Double>> byField) {
    /** Where the shipped calibration lives, relative to the installation. */
    public static final Path DEFAULT_FILE = Path.of("ocr-models", "calibration", "thresholds.yaml");
    public static final CalibratedThresholds NONE = new CalibratedThresholds(Map.of(), Map.of());
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public CalibratedThresholds {
        byType = Map.copyOf(byType);
        Map<String, Map<String, Double>> copy = new HashMap<>();
        byField.forEach((template, fields) -> copy.put(template, Map.copyOf(fields)));
        byField = Map.copyOf(copy);
    }

    /** The calibrated threshold of a field, if the calibration covers it. */
    public OptionalDouble thresholdFor(String templateId, String fieldName, FieldType type) {
        Double v = byField.getOrDefault(templateId, Map.of()).get(fieldName);
        if (v == null) {
            v = byType.get(type);
        }
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    public boolean isEmpty() {
        return byType.isEmpty() && byField.isEmpty();
    }

    /**
     * Reads a calibration file ({@code types: {text: {threshold: 0.96, …}}, fields: {form: {field:
     * {threshold: …}}}}; other keys are statistics for people). An absent file is no calibration.
     */
    public static CalibratedThresholds load(Path file) {
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new TemplateException(file, "cannot be parsed: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        try {
            Map<FieldType, Double> types = new EnumMap<>(FieldType.class);
            if (root != null) {
                root.path("types").fields().forEachRemaining(
                        e -> types.put(FieldType.fromId(e.getKey()), threshold(e.getValue(), "type " + e.getKey())));
            }
            Map<String, Map<String, Double>> fields = new HashMap<>();
            if (root != null) {
                root.path("fields").fields().forEachRemaining(t -> {
                    Map<String, Double> perField = new HashMap<>();
                    t.getValue().fields().forEachRemaining(f -> perField.put(f.getKey(),
                            threshold(f.getValue(), "field " + t.getKey() + "." + f.getKey())));
                    fields.put(t.getKey(), perField);
                });
            }
            return new CalibratedThresholds(types, fields);
        } catch (IllegalArgumentException e) {
            throw new TemplateException(file, e.getMessage(), e);
        }
    }

    private static double threshold(JsonNode entry, String what) {
        JsonNode v = entry.isNumber() ? entry : entry.get("threshold");
        if (v == null || !v.isNumber() || !(v.asDouble() >= 0 && v.asDouble() <= 1)) {
            throw new IllegalArgumentException(what + ": 'threshold' must be a number within 0..1");
        }
        return v.asDouble();
    }
}
