package org.yomitori.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The documents table with each document's fields and page images. */
public final class DocumentRepository {
    private static final String DOC_COLUMNS = "id, scan_id, doc_index, template, status, pages, record_json, created_at, exported_at";
    private static final String FIELD_COLUMNS =
            "document_id, name, type, value_json, raw, confidence, status, reasons, crop_path, ordinal";

    /** Removes every document of a scan with their fields and page images (a partial earlier reading). */
    public int deleteForScan(Connection c, long scanId) throws SQLException {
        return Jdbc.update(c, "DELETE FROM documents WHERE scan_id = ?", scanId);
    }

    public void insert(Connection c, StoredDocument d) throws SQLException {
        Jdbc.update(c, "INSERT INTO documents (" + DOC_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?)", d.id(), d.scanId(),
                d.docIndex(), d.template(), d.status(), joinInts(d.pages()), d.recordJson(), d.createdAt(), d.exportedAt());
    }

    public void insertFields(Connection c, List<StoredField> fields) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO fields (" + FIELD_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            for (StoredField f : fields) {
                Jdbc.bind(ps, f.documentId(), f.name(), f.type(), f.valueJson(), f.raw(), f.confidence(), f.status(),
                        String.join(",", f.reasons()), f.cropPath(), f.ordinal());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public void insertPages(Connection c, List<PageImage> pages) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO page_images (document_id, page_no, path) VALUES (?,?,?)")) {
            for (PageImage p : pages) {
                Jdbc.bind(ps, p.documentId(), p.pageNo(), p.path());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public Optional<StoredDocument> find(Connection c, String id) throws SQLException {
        return Jdbc.first(Jdbc.query(c, "SELECT " + DOC_COLUMNS + " FROM documents WHERE id = ?",
                DocumentRepository::document, id));
    }

    public void markExported(Connection c, String id, Instant at) throws SQLException {
        Jdbc.update(c, "UPDATE documents SET exported_at = ? WHERE id = ?", at, id);
    }

    /** Documents of finished scans whose JSON has not reached the outbox (e.g. a crash right after the commit). */
    public List<StoredDocument> unexported(Connection c) throws SQLException {
        return Jdbc.query(c, "SELECT " + DOC_COLUMNS + " FROM documents WHERE exported_at IS NULL"
                + " AND scan_id IN (SELECT id FROM scans WHERE state = 'done') ORDER BY id", DocumentRepository::document);
    }

    /** A scan's documents in order. */
    public List<StoredDocument> forScan(Connection c, long scanId) throws SQLException {
        return Jdbc.query(c, "SELECT " + DOC_COLUMNS + " FROM documents WHERE scan_id = ? ORDER BY doc_index",
                DocumentRepository::document, scanId);
    }

    /** A document's fields in template order. */
    public List<StoredField> fields(Connection c, String documentId) throws SQLException {
        return Jdbc.query(c, "SELECT " + FIELD_COLUMNS + " FROM fields WHERE document_id = ? ORDER BY ordinal",
                DocumentRepository::field, documentId);
    }

    public Optional<StoredField> field(Connection c, String documentId, String name) throws SQLException {
        return Jdbc.first(Jdbc.query(c, "SELECT " + FIELD_COLUMNS + " FROM fields WHERE document_id = ? AND name = ?",
                DocumentRepository::field, documentId, name));
    }

    public List<PageImage> pages(Connection c, String documentId) throws SQLException {
        return Jdbc.query(c, "SELECT document_id, page_no, path FROM page_images WHERE document_id = ? ORDER BY page_no",
                rs -> new PageImage(rs.getString(1), rs.getInt(2), rs.getString(3)), documentId);
    }

    private static StoredDocument document(ResultSet rs) throws SQLException {
        return new StoredDocument(rs.getString("id"), rs.getLong("scan_id"), rs.getInt("doc_index"),
                rs.getString("template"), rs.getString("status"), splitInts(rs.getString("pages")),
                rs.getString("record_json"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "exported_at"));
    }

    private static StoredField field(ResultSet rs) throws SQLException {
        String reasons = rs.getString("reasons");
        return new StoredField(rs.getString("document_id"), rs.getString("name"), rs.getString("type"),
                rs.getString("value_json"), rs.getString("raw"), rs.getDouble("confidence"), rs.getString("status"),
                reasons == null || reasons.isEmpty() ? List.of() : List.of(reasons.split(",")),
                rs.getString("crop_path"), rs.getInt("ordinal"));
    }

    private static String joinInts(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Integer> splitInts(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(Integer::valueOf).toList();
    }
}
