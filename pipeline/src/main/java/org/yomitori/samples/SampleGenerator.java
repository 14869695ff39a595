package org.yomitori.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.yomitori.samples.ScanWriter.Format;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateRegistry;

/**
 * Writes the demo scans in {@code samples/scans/}: three filled copies of every template, each in
 * another file format and scan condition, one three-document batch PDF, and beside every file its
 * ground truth ({@code <file>.truth.json}, the eval format). Deterministic for a given seed.
 * Usage: {@code SampleGenerator [--templates DIR] [--out DIR] [--seed N]}.
 */
public final class SampleGenerator {
    static final int DPI = 200;
    /** The formats scanners produce, cycled so every one appears; JPEG twice (gray and colour). */
    private static final List<Format> FORMATS = List.of(Format.PNG, Format.JPEG, Format.TIFF_G4, Format.PDF_JPEG,
            Format.JPEG, Format.PDF_G4);
    private static final int COPIES = 3;
    /** Low enough to keep the committed samples small, high enough to read. */
    private static final float JPEG_QUALITY = 0.5f;

    private final FormFiller filler = new FormFiller();
    private final ScanSimulator scanner = new ScanSimulator();

    /** @return the files written (scans and truth files) */
    public List<Path> generate(List<Template> templates, Path outDir, long seed) throws IOException {
        Files.createDirectories(outDir);
        List<Template> sorted = templates.stream().sorted(Comparator.comparing(Template::id)).toList();
        List<Path> written = new ArrayList<>();
        int k = 0;
        for (Template t : sorted) {
            for (int copy = 1; copy <= COPIES; copy++, k++) {
                Format format = FORMATS.get(k % FORMATS.size());
                boolean colour = format == Format.JPEG && k % FORMATS.size() == 4;
                SampleDocument doc = document(t, seed * 1000 + k, format, colour, k);
                Path file = outDir.resolve(String.format("%s_%02d.%s", t.id(), copy, format.extension()));
                written.addAll(write(file, format, List.of(doc)));
            }
        }
        List<SampleDocument> batch = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            batch.add(document(sorted.get(i % sorted.size()), seed * 1000 + 900 + i, Format.PDF_JPEG, false, i));
        }
        written.addAll(write(outDir.resolve("batch_01.pdf"), Format.PDF_JPEG, batch));
        return written;
    }

    /** One filled, scanned page; {@code k} varies the conditions so the set covers them all. */
    private SampleDocument document(Template t, long seed, Format format, boolean colour, int k) {
        Random rnd = new Random(seed);
        Map<String, Object> values = SampleValues.generate(t, rnd);
        FillStyle style = FillStyle.random(seed);
        if (k % 4 == 0) {
            style = style.withJitter(0); // typed rather than handwritten
        }
        boolean bilevel = format == Format.TIFF_G4 || format == Format.PDF_G4;
        // Light noise: it is what makes PNG and JPEG files large.
        ScanDamage damage = ScanDamage.typical(DPI, rnd).withNoise(0.5 + rnd.nextDouble())
                .withUpsideDown(k == 7).withDarkBorder(k == 5 ? 25 : 0)
                .withSpeckle(bilevel ? 30 : 0).withBinarise(bilevel).withGrayLevels(format == Format.PNG ? 16 : 0);
        BufferedImage page = colour ? filler.fillPageColour(t, 0, values, style)
                : filler.fillPage(t, 0, values, style).toBufferedImage();
        BufferedImage scan = scanner.scan(page, t.dpi(), damage, seed);
        return new SampleDocument(t, values, style, damage, colour, scan);
    }

    private List<Path> write(Path file, Format format, List<SampleDocument> docs) throws IOException {
        ScanWriter.write(docs.stream().map(SampleDocument::scan).toList(), DPI, format, JPEG_QUALITY, file);
        Path truth = file.resolveSibling(file.getFileName() + ".truth.json");
        Files.writeString(truth, SampleTruth.json(file.getFileName().toString(), docs, filler));
        return List.of(file, truth);
    }

    public static void main(String[] args) throws IOException {
        Path templates = Path.of("samples/templates");
        Path out = Path.of("samples/scans");
        long seed = 1;
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("usage: SampleGenerator [--templates DIR] [--out DIR] [--seed N]");
        }
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--templates" -> templates = Path.of(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("usage: SampleGenerator [--templates DIR] [--out DIR]"
                        + " [--seed N]");
            }
        }
        List<Template> all = TemplateRegistry.load(List.of(templates)).all();
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no templates in " + templates);
        }
        long total = 0;
        for (Path p : new SampleGenerator().generate(all, out, seed)) {
            total += Files.size(p);
            System.out.printf("wrote %s (%d KB)%n", p, Files.size(p) / 1024);
        }
        System.out.printf("total %d KB%n", total / 1024);
    }
}
