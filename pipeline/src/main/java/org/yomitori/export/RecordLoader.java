package org.yomitori.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yomitori.storage.DocumentRepository;
import org.yomitori.storage.Scan;
import org.yomitori.storage.ScanRepository;
import org.yomitori.storage.StoredDocument;
import org.yomitori.storage.StoredField;

/** Reads a released document's record for delivery: the field values as stored (after verification). */
final class RecordLoader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DocumentRepository documents = new DocumentRepository();
    private final ScanRepository scans = new ScanRepository();

    ExportRecord load(Connection c, Delivery d) throws SQLException {
        StoredDocument doc = documents.find(c, d.documentId())
                .orElseThrow(() -> new SQLException("released document " + d.documentId() + " is missing"));
        String source = scans.find(c, doc.scanId()).map(Scan::originalName).orElse("");
        Map<String, Object> values = new LinkedHashMap<>();
        for (StoredField f : documents.fields(c, d.documentId())) {
            values.put(f.name(), value(f));
        }
        return new ExportRecord(d.id(), doc.id(), doc.template(), source, doc.scanId(), d.releasedAt(), values);
    }

    /** A string, boolean or list of strings, as the record JSON holds it. */
    private static Object value(StoredField f) throws SQLException {
        if (f.valueJson() == null) {
            return null;
        }
        try {
            return JSON.readValue(f.valueJson(), Object.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("stored value of field " + f.name() + " is not JSON", e);
        }
    }
}
