package org.yomitori.template.importer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateException;
import org.yomitori.template.TemplateLoader;

/**
 * Defines a template from a blank form (the admin workflow): reads a field-spec JSON and the blank
 * form (PDF or image), writes {@code <out>/<id>/template.yaml} and one {@code reference.png} per
 * page, then loads the result with {@link TemplateLoader} so a template that cannot be used is
 * never left in place. Usage: {@code TemplateImporter SPEC.json BLANK.(pdf|png) OUTDIR}.
 */
public final class TemplateImporter {
    static final String TEMPLATE_FILE = "template.yaml";

    /**
     * What an import wrote.
     *
     * @param templateFile    the template.yaml written
     * @param referenceImages the reference PNGs, one per page
     * @param template        the template as the pipeline will load it
     * @param warnings        boxes that look misplaced on the blank form (the import still succeeded)
     */
    public record Result(Path templateFile, List<Path> referenceImages, Template template, List<String> warnings) {
        public Result {
            referenceImages = List.copyOf(referenceImages);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * @throws IllegalArgumentException when the spec or the blank form cannot make a template (the
     *                                  message says which key or field)
     */
    public Result importTemplate(Path specFile, Path blankForm, Path outDir) throws IOException {
        FormSpec spec = FormSpec.read(specFile);
        List<BufferedImage> pages = ReferencePages.render(blankForm, spec.pages(), spec.dpi(), spec.width(),
                spec.height());
        String header = "# Form template " + spec.id() + ", imported from " + specFile.getFileName() + " and "
                + blankForm.getFileName() + " by TemplateImporter.\n"
                + "# Boxes are [x, y, w, h] in pixels of the reference image(s) at " + spec.dpi()
                + " dpi. Format: docs/templates.md\n";
        List<String> names = new ArrayList<>();
        for (int i = 0; i < spec.pages(); i++) {
            names.add(i == 0 ? "reference.png" : "reference-" + (i + 1) + ".png");
        }
        String yaml = TemplateYaml.build(spec, names, header);
        Path folder = outDir.resolve(spec.id());
        // Staged and checked beside the target under dot-names, which TemplateRegistry skips, so a
        // template that fails to load never replaces a working one, not even its reference images.
        Path staging = Files.createDirectories(outDir.resolve("." + spec.id() + ".importing"));
        Path file = folder.resolve(TEMPLATE_FILE);
        List<Path> references = new ArrayList<>();
        try {
            Path stagedYaml = staging.resolve("." + TEMPLATE_FILE);
            Files.writeString(stagedYaml, yaml, StandardCharsets.UTF_8);
            for (int i = 0; i < names.size(); i++) {
                PngFiles.write(pages.get(i), staging.resolve(names.get(i)), spec.dpi());
            }
            BoxCheck.requireOnPage(new TemplateLoader().load(stagedYaml));
            Files.createDirectories(folder);
            for (String name : names) {
                references.add(Files.move(staging.resolve(name), folder.resolve(name),
                        StandardCopyOption.REPLACE_EXISTING));
            }
            Files.move(stagedYaml, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteStaging(staging);
        }
        Template template = new TemplateLoader().load(file);
        return new Result(file, references, template, BoxCheck.warnings(template, pages));
    }

    private static void deleteStaging(Path staging) throws IOException {
        try (var files = Files.list(staging)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(staging);
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 3) {
            err.println("usage: TemplateImporter SPEC.json BLANK.(pdf|png) OUTDIR");
            return 2;
        }
        try {
            Result r = new TemplateImporter().importTemplate(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
            Template t = r.template();
            out.printf("wrote %s (template %s: %d fields, %d page(s), %dx%d px at %d dpi)%n", r.templateFile(),
                    t.id(), t.fields().size(), t.pages(), t.width(), t.height(), t.dpi());
            for (Path p : r.referenceImages()) {
                out.printf("wrote %s (%d KB, 8-bit gray)%n", p, Files.size(p) / 1024);
            }
            r.warnings().forEach(w -> out.println("warning: " + w));
            return 0;
        } catch (IOException | IllegalArgumentException | TemplateException e) {
            err.println("import failed: " + e.getMessage());
            return 1;
        }
    }
}
