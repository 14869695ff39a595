package org.yomitori.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.yomitori.audit.AuditTrail;
import org.yomitori.record.FieldStatus;
import org.yomitori.storage.Database;
import org.yomitori.storage.DocumentRepository;
import org.yomitori.storage.ReviewDocument;
import org.yomitori.storage.ReviewRepository;
import org.yomitori.storage.StoredField;
import org.yomitori.template.FieldSpec;

/**
 * Saves a verifier's field values. A value is normalised and validated as the pipeline does; one
 * that breaks a rule is refused unless the verifier gives an override reason, which is recorded
 * (in the audit trail, and as reasons [rule..., override] on the field). Every save is one
 * transaction: version check, field, audit entry and — when it was the last open field — release.
 */
final class FieldEditor {
    private final Database db;
    private final Leases leases;
    private final Release release;
    private final DocumentRepository documents = new DocumentRepository();
    private final ReviewRepository review = new ReviewRepository();
    private final AuditTrail audit = new AuditTrail();

    FieldEditor(Database db, Leases leases, Release release) {
        this.db = db;
        this.leases = leases;
        this.release = release;
    }

    Saved save(ReviewDocument d, FieldSpec spec, FieldEdit edit, String user) {
        Change change = change(spec, edit);
        String json = Release.json(change.value());
        return db.transaction(c -> {
            Instant now = leases.begin(c, d.id(), edit.version(), user);
            StoredField before = documents.field(c, d.id(), spec.name())
                    .orElseThrow(() -> ReviewException.notFound("field " + spec.name()));
            review.updateField(c, d.id(), spec.name(), json, 1.0, FieldStatus.VERIFIED.id(), change.reasons());
            audit.field(c, d.id(), now, user, change.kind(), spec.name(), spec.type().id(), before.valueJson(), json,
                    edit.overrideReason());
            boolean released = release.releaseIfDone(c, d.id(), user, now);
            StoredField after = documents.field(c, d.id(), spec.name()).orElseThrow();
            return new Saved(after, edit.version() + 1, released ? ReviewDocument.RELEASED : d.status(), released);
        });
    }

    /** What is stored for an edit, and how the audit trail names it. */
    private record Change(Object value, List<String> reasons, String kind) {
    }

    private static Change change(FieldSpec spec, FieldEdit edit) {
        if (edit.illegible()) {
            return new Change("", List.of(FieldEdit.ILLEGIBLE), AuditTrail.ILLEGIBLE);
        }
        FieldCheck check = FieldValues.check(spec, edit.value());
        if (check.ok()) {
            return new Change(check.value(), List.of(), AuditTrail.FIELD);
        }
        if (!edit.overridden()) {
            throw ReviewException.invalid(check.reasons());
        }
        List<String> reasons = new ArrayList<>(check.reasons());
        reasons.add(FieldEdit.OVERRIDE);
        return new Change(check.value(), reasons, AuditTrail.OVERRIDE);
    }
}
