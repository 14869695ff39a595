package org.yomitori.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The installed templates: every {@code *.yaml}, {@code *.yml} or {@code *.json} template file
 * found (recursively) under the configured folders. A later folder overrides an earlier one with
 * the same id, so a site's own folder can replace a shipped template.
 */
public final class TemplateRegistry {
    private final Map<String, Template> byId;

    private TemplateRegistry(Map<String, Template> byId) {
        this.byId = byId;
    }

    /** Loads without calibration: fields that set no threshold take their template's default. */
    public static TemplateRegistry load(List<Path> folders) {
        return load(folders, CalibratedThresholds.NONE);
    }

    /** Loads with calibrated thresholds for the fields that set none (see {@link CalibratedThresholds}). */
    public static TemplateRegistry load(List<Path> folders, CalibratedThresholds calibration) {
        TemplateLoader loader = new TemplateLoader(calibration);
        Map<String, Template> byId = new LinkedHashMap<>();
        for (Path folder : folders) {
            for (Path file : templateFiles(folder)) {
                Template t = loader.load(file);
                byId.put(t.id(), t);
            }
        }
        return new TemplateRegistry(byId);
    }

    public static TemplateRegistry of(List<Template> templates) {
        Map<String, Template> byId = new LinkedHashMap<>();
        templates.forEach(t -> byId.put(t.id(), t));
        return new TemplateRegistry(byId);
    }

    static List<Path> templateFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> out = new ArrayList<>(files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("(?i).*\\.(ya?ml|json)"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList());
            return out;
        } catch (IOException e) {
            throw new TemplateException(folder, "cannot list templates: " + e.getMessage(), e);
        }
    }

    public List<Template> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Template> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }
}
