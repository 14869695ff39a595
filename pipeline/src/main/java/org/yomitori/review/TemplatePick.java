package org.yomitori.review;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.yomitori.audit.AuditTrail;
import org.yomitori.config.DataLayout;
import org.yomitori.extract.ExtractedDocument;
import org.yomitori.imaging.GrayImage;
import org.yomitori.reading.DocumentImages;
import org.yomitori.reading.DocumentRows;
import org.yomitori.record.DocumentRecord;
import org.yomitori.storage.AtomicFiles;
import org.yomitori.storage.Database;
import org.yomitori.storage.DocumentRepository;
import org.yomitori.storage.PageImage;
import org.yomitori.storage.ReviewDocument;
import org.yomitori.storage.ReviewRepository;
import org.yomitori.template.Template;

/**
 * A verifier names the template of an unidentified document: its kept pages are read with that
 * template (the slow part, outside any transaction), the aligned pages and field crops replace its
 * images, and its fields, template and status are stored in one transaction with the audit entry —
 * releasing it at once when every field was read with confidence.
 */
final class TemplatePick {
    /** More pages than any form has plus its attachments: refuse rather than hold them all in memory. */
    static final int MAX_PAGES = 20;

    private final Database db;
    private final DataLayout layout;
    private final ReviewService.TemplateReader reader;
    private final DocumentImages images;
    private final Leases leases;
    private final Release release;
    private final Clock clock;
    private final DocumentRepository documents = new DocumentRepository();
    private final ReviewRepository review = new ReviewRepository();
    private final AuditTrail audit = new AuditTrail();

    TemplatePick(Database db, DataLayout layout, ReviewService.TemplateReader reader, int cropMarginPx, Leases leases,
                 Release release, Clock clock) {
        this.db = db;
        this.layout = layout;
        this.reader = reader;
        this.images = new DocumentImages(layout, cropMarginPx);
        this.leases = leases;
        this.release = release;
        this.clock = clock;
    }

    /** Returns the document's new version. */
    int pick(ReviewDocument d, Template template, int version, String user) throws IOException {
        ReviewException refused = Leases.refusal(d, version, user, clock.instant());
        if (refused != null) { // checked before the slow reading; checked again when storing
            throw refused;
        }
        if (!DocumentRecord.UNIDENTIFIED.equals(d.status())) {
            throw ReviewException.of(ReviewException.NOT_ALLOWED, "様式が決まっている書類です。",
                    "This document's form is known already.");
        }
        List<PageImage> stored = db.read(c -> documents.pages(c, d.id()));
        if (stored.isEmpty() || stored.size() > MAX_PAGES) {
            throw ReviewException.of(ReviewException.NOT_ALLOWED, "この書類は様式を指定して読めません(ページ数)。",
                    "This document cannot be read with a picked form (page count).");
        }
        List<GrayImage> pages = load(stored, template);
        ExtractedDocument read = reader.readAs(template, pages, d.id(), d.source());
        DocumentRecord r = read.record();
        DocumentRecord record = new DocumentRecord(d.id(), d.source(), d.pages(), template.id(), r.status(), r.fields());
        ExtractedDocument doc = new ExtractedDocument(record, template, read.pages());
        DocumentRows rows = DocumentRows.of(d.scanId(), d.docIndex(), doc, images.write(doc), clock.instant());
        try {
            return store(d, rows, version, user);
        } catch (RuntimeException e) { // not stored: the document keeps its own pages
            restore(stored, pages);
            throw e;
        }
    }

    private int store(ReviewDocument d, DocumentRows rows, int version, String user) {
        return db.transaction(c -> {
            Instant now = leases.begin(c, d.id(), version, user);
            review.identify(c, d.id(), rows.document().template(), rows.document().status(), rows.document().recordJson());
            documents.insertFields(c, rows.fields());
            review.deletePages(c, d.id());
            documents.insertPages(c, rows.pages());
            audit.document(c, d.id(), now, user, AuditTrail.TEMPLATE, rows.document().template(), null);
            if (DocumentRecord.COMPLETE.equals(rows.document().status())) {
                release.releaseIfDone(c, d.id(), user, now);
            }
            return version + 1;
        });
    }

    /** The kept pages; their resolution is taken from the template's paper size (PNGs carry none we trust). */
    private List<GrayImage> load(List<PageImage> stored, Template template) throws IOException {
        List<GrayImage> pages = new ArrayList<>();
        for (PageImage p : stored) {
            BufferedImage image = ImageIO.read(layout.resolve(p.path()).toFile());
            if (image == null) {
                throw new IOException("a stored page image cannot be decoded: " + p.path());
            }
            double longSide = Math.max(image.getWidth(), image.getHeight());
            int dpi = (int) Math.round(template.dpi() * longSide / Math.max(template.width(), template.height()));
            pages.add(GrayImage.of(image, dpi));
        }
        return pages;
    }

    private void restore(List<PageImage> stored, List<GrayImage> pages) throws IOException {
        for (int i = 0; i < stored.size(); i++) {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(pages.get(i).toBufferedImage(), "png", png);
            AtomicFiles.write(layout.resolve(stored.get(i).path()), png.toByteArray());
        }
    }
}
