package org.yomitori.reading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.yomitori.extract.ExtractedDocument;
import org.yomitori.record.DocumentRecord;
import org.yomitori.record.FieldResult;
import org.yomitori.record.RecordJson;
import org.yomitori.storage.PageImage;
import org.yomitori.storage.StoredDocument;
import org.yomitori.storage.StoredField;
import org.yomitori.template.FieldSpec;

/** The database rows of one extracted document, with the images already written for it. */
public record DocumentRows(StoredDocument document, List<StoredField> fields, List<PageImage> pages) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static DocumentRows of(long scanId, int index, ExtractedDocument doc, DocumentImages.Written images, Instant now) {
        DocumentRecord r = doc.record();
        StoredDocument document = new StoredDocument(r.documentId(), scanId, index, r.template(), r.status(), r.pages(),
                RecordJson.toPrettyJson(r), now, null);
        List<StoredField> fields = new ArrayList<>();
        for (int i = 0; i < r.fields().size(); i++) {
            FieldResult f = r.fields().get(i);
            fields.add(new StoredField(r.documentId(), f.name(), type(doc, f.name()), json(f.value()), f.raw(),
                    f.confidence(), f.status().id(), f.reasons(), images.crops().get(f.name()), i));
        }
        List<PageImage> pages = new ArrayList<>();
        for (int i = 0; i < images.pages().size(); i++) {
            pages.add(new PageImage(r.documentId(), i, images.pages().get(i)));
        }
        return new DocumentRows(document, fields, pages);
    }

    private static String type(ExtractedDocument doc, String field) {
        if (doc.template() == null) {
            return null;
        }
        return doc.template().fields().stream().filter(s -> s.name().equals(field)).findFirst()
                .map(FieldSpec::type).map(t -> t.id()).orElse(null);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a field value cannot be written as JSON", e);
        }
    }
}
