package org.yomitori.review;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.yomitori.audit.AuditTrail;
import org.yomitori.config.DataLayout;
import org.yomitori.config.YomitoriConfig;
import org.yomitori.extract.ExtractedDocument;
import org.yomitori.imaging.GrayImage;
import org.yomitori.reading.ReadingService;
import org.yomitori.record.DocumentRecord;
import org.yomitori.storage.AuditEntry;
import org.yomitori.storage.Database;
import org.yomitori.storage.DocumentRepository;
import org.yomitori.storage.ReviewDocument;
import org.yomitori.storage.ReviewRepository;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateRegistry;

/**
 * The verification station: the queue of documents waiting for a person, claims on them, field
 * saves (validated, overridable with a recorded reason, or marked illegible), rejection back to
 * the clerk, the template pick for an unidentified document, and the release of a document once
 * nothing in it is open. Also gives the reading stage its {@link #afterStore()} hook, so that a
 * document read with every field sure is released by the same transaction that stores it.
 */
public final class ReviewService {
    /** Reads pages with a given template: {@code PipelineExtractor::readAs}. */
    @FunctionalInterface
    public interface TemplateReader {
        ExtractedDocument readAs(Template template, List<GrayImage> pages, String documentId, String source);
    }

    private final Database db;
    private final TemplateRegistry templates;
    private final Clock clock;
    private final Duration overdue;
    private final Leases leases;
    private final Release release = new Release();
    private final FieldEditor editor;
    private final TemplatePick pick;
    private final ReviewRepository review = new ReviewRepository();
    private final DocumentRepository documents = new DocumentRepository();
    private final AuditTrail audit = new AuditTrail();

    public ReviewService(Database db, TemplateRegistry templates, TemplateReader reader, DataLayout layout,
                         YomitoriConfig.Review settings, int cropMarginPx, Clock clock) {
        this.db = db;
        this.templates = templates;
        this.clock = clock;
        this.overdue = Duration.ofHours(settings.overdueHours());
        this.leases = new Leases(db, clock, Duration.ofMinutes(settings.leaseMinutes()));
        this.editor = new FieldEditor(db, leases, release);
        this.pick = new TemplatePick(db, layout, reader, cropMarginPx, leases, release, clock);
    }

    /** For the reading stage: records each stored document in the audit trail and releases complete ones. */
    public ReadingService.AfterStore afterStore() {
        return (tx, document, at) -> {
            audit.document(tx, document.id(), at, AuditTrail.SYSTEM, AuditTrail.READ, document.status(), null);
            if (DocumentRecord.COMPLETE.equals(document.status())) {
                release.releaseIfDone(tx, document.id(), AuditTrail.SYSTEM, at);
            }
        };
    }

    /** Documents waiting for a person, oldest first; null filters match everything. */
    public List<ReviewDocument> queue(String template, String channel) {
        return db.read(c -> review.open(c, template, channel));
    }

    /** Whether a document still waiting for a person arrived longer ago than the overdue time. */
    public boolean overdue(ReviewDocument d) {
        return d.isOpen() && d.receivedAt().plus(overdue).isBefore(clock.instant());
    }

    public Claim claim(String documentId, String user) {
        return leases.claim(documentId, user);
    }

    public void unclaim(String documentId, String user) {
        leases.unclaim(documentId, user);
    }

    public Optional<Claim> next(String template, String channel, String user) {
        return leases.next(template, channel, user);
    }

    public DocumentView document(String documentId) {
        ReviewDocument d = find(documentId);
        Template t = Optional.ofNullable(d.template()).flatMap(templates::byId).orElse(null);
        return db.read(c -> new DocumentView(d, t, documents.fields(c, documentId), documents.pages(c, documentId)));
    }

    /** What saving {@code value} into the field would store, without saving it. */
    public FieldCheck check(String documentId, String field, Object value) {
        return FieldValues.check(spec(find(documentId), field), value);
    }

    public Saved save(String documentId, String field, FieldEdit edit, String user) {
        ReviewDocument d = find(documentId);
        return editor.save(d, spec(d, field), edit, user);
    }

    /** Sends an open document back to the clerk with a reason; returns the new version. */
    public int reject(String documentId, String reason, int version, String user) {
        if (reason == null || reason.isBlank() || reason.length() > 2_000) {
            throw ReviewException.badValue("差し戻しの理由を入力してください(2000文字まで)。",
                    "Give the reason for the clerk (up to 2000 characters).");
        }
        return db.transaction(c -> {
            Instant now = leases.begin(c, documentId, version, user);
            review.reject(c, documentId, reason.strip(), user, now);
            audit.document(c, documentId, now, user, AuditTrail.REJECTED, ReviewDocument.REJECTED, reason.strip());
            return version + 1;
        });
    }

    /** Reads an unidentified document with the template a verifier picked; returns the new version. */
    public int pickTemplate(String documentId, String templateId, int version, String user) throws IOException {
        Template t = templates.byId(templateId == null ? "" : templateId)
                .orElseThrow(() -> ReviewException.badValue("その様式はありません。", "No such form template."));
        return pick.pick(find(documentId), t, version, user);
    }

    public List<AuditEntry> history(String documentId) {
        find(documentId);
        return db.read(c -> audit.history(c, documentId));
    }

    /** The released record JSON. */
    public String releasedRecord(String documentId) {
        ReviewDocument d = find(documentId);
        if (!ReviewDocument.RELEASED.equals(d.status())) {
            throw ReviewException.of(ReviewException.NOT_ALLOWED, "まだ確定していない書類です。",
                    "This document has not been released.");
        }
        return db.read(c -> documents.find(c, documentId)).orElseThrow().recordJson();
    }

    private ReviewDocument find(String documentId) {
        return db.read(c -> review.find(c, documentId)).orElseThrow(() -> ReviewException.notFound("document"));
    }

    private FieldSpec spec(ReviewDocument d, String field) {
        Template t = Optional.ofNullable(d.template()).flatMap(templates::byId).orElseThrow(() -> ReviewException.of(
                ReviewException.NOT_ALLOWED, "様式が決まっていないか、インストールされていません。",
                "The document has no installed form template."));
        return t.fields().stream().filter(f -> f.name().equals(field)).findFirst()
                .orElseThrow(() -> ReviewException.notFound("field"));
    }
}
