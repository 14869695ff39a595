package org.yomitori.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.yomitori.audit.AuditTrail;
import org.yomitori.review.ReviewService;
import org.yomitori.storage.AuditEntry;
import org.yomitori.storage.StoredField;

/** A document's audit trail and its released record, My Numbers masked unless the caller may see them. */
final class HistoryApi {
    private static final Set<String> FIELD_KINDS = Set.of(AuditTrail.FIELD, AuditTrail.OVERRIDE, AuditTrail.ILLEGIBLE);

    private final ReviewService review;
    private final MyNumberPolicy myNumbers;

    HistoryApi(ReviewService review, MyNumberPolicy myNumbers) {
        this.review = review;
        this.myNumbers = myNumbers;
    }

    void register(ApiRoutes api) {
        api.get("/api/documents/{id}/history", Access.CLERK, this::history)
                .get("/api/documents/{id}/record", Access.CLERK, this::record);
    }

    private void history(Context ctx) {
        boolean allowed = myNumbers.allowed(Guard.session(ctx).role());
        ctx.json(review.history(ctx.pathParam("id")).stream().map(e -> entry(e, allowed)).toList());
    }

    private static Map<String, Object> entry(AuditEntry e, boolean myNumberAllowed) {
        boolean masked = MyNumber.is(e.fieldType()) && !myNumberAllowed;
        boolean fieldChange = FIELD_KINDS.contains(e.kind());
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("at", e.at().toString());
        n.put("user", e.username());
        n.put("kind", e.kind());
        n.put("field", e.field());
        n.put("old", fieldChange ? FieldView.value(e.oldValue(), masked) : e.oldValue());
        n.put("new", fieldChange ? FieldView.value(e.newValue(), masked) : e.newValue());
        n.put("reason", e.reason());
        return n;
    }

    private void record(Context ctx) throws JsonProcessingException {
        String id = ctx.pathParam("id");
        ObjectNode record = (ObjectNode) Body.JSON.readTree(review.releasedRecord(id));
        if (!myNumbers.allowed(Guard.session(ctx).role())) {
            Set<String> myNumberFields = review.document(id).fields().stream().filter(f -> MyNumber.is(f.type()))
                    .map(StoredField::name).collect(Collectors.toSet());
            for (String name : myNumberFields) {
                JsonNode field = record.path("fields").path(name);
                if (field instanceof ObjectNode f) {
                    f.set("value", FieldView.value(f.path("value").toString(), true));
                    f.set("raw", TextNode.valueOf(MyNumber.mask(f.path("raw").asText(""))));
                }
            }
        }
        ctx.json(record);
    }
}
