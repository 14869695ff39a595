package org.yomitori.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;
import org.yomitori.intake.Reason;
import org.yomitori.storage.Scan;
import org.yomitori.storage.StoredDocument;

/** The JSON shapes the API shares (snake_case, like the records). */
final class Json {
    private Json() {
    }

    /** @param titles a template id's printed title, or null when the template is not installed */
    static ObjectNode scan(Scan s, String outcome, List<StoredDocument> docs, Function<String, String> titles) {
        ObjectNode n = StatusApi.JSON.createObjectNode();
        n.put("id", s.id());
        n.put("file", s.originalName());
        n.put("state", s.state().id());
        n.put("outcome", outcome);
        n.put("received_at", s.receivedAt().toString());
        n.put("updated_at", s.updatedAt().toString());
        n.put("format", s.format());
        if (s.pageCount() != null) {
            n.put("pages", s.pageCount());
        }
        if (s.duplicateOf() != null) {
            n.put("duplicate_of", s.duplicateOf());
        }
        if (s.reasonCode() != null) {
            n.set("reason", reason(Reason.parse(s.reasonCode(), s.reasonMessage())));
        }
        ArrayNode list = n.putArray("documents");
        for (StoredDocument d : docs) {
            ObjectNode dn = list.addObject();
            dn.put("id", d.id());
            dn.put("template", d.template());
            if (d.template() != null && titles.apply(d.template()) != null) {
                dn.put("title", titles.apply(d.template()));
            }
            dn.put("status", d.status());
            ArrayNode pages = dn.putArray("pages");
            d.pages().forEach(pages::add);
        }
        return n;
    }

    static ObjectNode reason(Reason r) {
        ObjectNode n = StatusApi.JSON.createObjectNode();
        n.put("code", r.code());
        n.put("ja", r.japanese());
        n.put("en", r.english());
        return n;
    }
}
