package org.yomitori.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yomitori.storage.Database;
import org.yomitori.storage.DocumentRepository;
import org.yomitori.storage.PageImage;
import org.yomitori.storage.ReleaseOutbox;
import org.yomitori.storage.Scan;
import org.yomitori.storage.ScanRepository;
import org.yomitori.storage.ScanState;
import org.yomitori.storage.StoredDocument;
import org.yomitori.storage.StoredField;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.Template;

/**
 * Documents in the states verification leaves them, for tests of what follows it (delivery,
 * schedules): what a verifier does to a stored document (correct values, release it with its
 * outbox row in one transaction, as {@link ReleaseOutbox} requires), and stored documents made
 * without OCR for tests that need many of them quickly.
 */
public final class Releases {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Releases() {
    }

    /** Confirms the given values (status verified), marks the document released and enqueues it, in one transaction. */
    public static void verifyAndRelease(Database db, String documentId, Map<String, ?> values, Instant at) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE fields SET value_json = ?, status = 'verified' WHERE document_id = ? AND name = ?")) {
                for (Map.Entry<String, ?> v : values.entrySet()) {
                    ps.setString(1, json(v.getValue()));
                    ps.setString(2, documentId);
                    ps.setString(3, v.getKey());
                    if (ps.executeUpdate() != 1) {
                        throw new IllegalArgumentException("the document has no field " + v.getKey());
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE documents SET status = 'released' WHERE id = ?")) {
                ps.setString(1, documentId);
                ps.executeUpdate();
            }
            ReleaseOutbox.enqueue(c, documentId, at);
            return null;
        });
    }

    /**
     * Stores a document of {@code template} as the reading stage would (every field, values given
     * or blank, status auto) with one page image path; returns its id.
     */
    public static String store(Database db, Template template, Map<String, ?> values, String status, Instant at) {
        String id = UUID.randomUUID().toString().substring(0, 12) + "-0";
        ScanRepository scans = new ScanRepository();
        DocumentRepository documents = new DocumentRepository();
        db.transaction(c -> {
            long scanId = scans.insert(c, new Scan(0, UUID.randomUUID().toString().replace("-", "").repeat(2),
                    "counter1", "scan-" + id + ".pdf", "archive/x.pdf", null, null, 1, "pdf", 1, ScanState.DONE, null,
                    null, 1, at, at, at)).orElseThrow();
            documents.insert(c, new StoredDocument(id, scanId, 0, template.id(), status, List.of(0), "{}", at, at));
            List<StoredField> fields = new ArrayList<>();
            for (FieldSpec f : template.fields()) {
                fields.add(new StoredField(id, f.name(), f.type().id(), json(values.containsKey(f.name())
                        ? values.get(f.name()) : ""), "", 0.99, "auto", List.of(), "images/" + id + "/field-"
                        + f.name() + ".png", fields.size()));
            }
            documents.insertFields(c, fields);
            documents.insertPages(c, List.of(new PageImage(id, 0, "images/" + id + "/page-0.png")));
            return null;
        });
        return id;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
