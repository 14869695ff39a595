package org.yomitori.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.javalin.http.Context;
import java.util.Optional;
import org.yomitori.storage.Database;
import org.yomitori.storage.DocumentRepository;
import org.yomitori.storage.PageImage;
import org.yomitori.storage.Scan;
import org.yomitori.storage.ScanRepository;
import org.yomitori.storage.StoredDocument;
import org.yomitori.storage.StoredField;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateRegistry;

/** {@code GET /api/documents/{id}}: a document's record for a person to look at, My Numbers masked. */
final class DocumentApi {
    private final Database db;
    private final TemplateRegistry templates;
    private final DocumentRepository documents = new DocumentRepository();
    private final ScanRepository scans = new ScanRepository();

    DocumentApi(Database db, TemplateRegistry templates) {
        this.db = db;
        this.templates = templates;
    }

    void document(Context ctx) throws JsonProcessingException {
        String id = ctx.pathParam("id");
        StoredDocument d = db.read(c -> documents.find(c, id)).orElseThrow(() -> new NotFound("no document " + id));
        Scan scan = db.read(c -> scans.find(c, d.scanId())).orElseThrow(() -> new NotFound("no scan " + d.scanId()));
        Optional<Template> template = Optional.ofNullable(d.template()).flatMap(templates::byId);
        ObjectNode root = StatusApi.JSON.createObjectNode();
        root.put("document_id", d.id());
        root.put("scan_id", d.scanId());
        root.put("source", scan.originalName());
        root.put("channel", scan.channel());
        root.put("template", d.template());
        template.ifPresent(t -> root.put("title", t.title()));
        root.put("status", d.status());
        root.put("created_at", d.createdAt().toString());
        ArrayNode pages = root.putArray("pages");
        d.pages().forEach(pages::add);
        ArrayNode images = root.putArray("page_images");
        for (PageImage p : db.read(c -> documents.pages(c, id))) {
            images.addObject().put("page_no", p.pageNo()).put("url", "/api/documents/" + id + "/pages/" + p.pageNo() + ".png");
        }
        ArrayNode fields = root.putArray("fields");
        for (StoredField f : db.read(c -> documents.fields(c, id))) {
            fields.add(field(id, f, template));
        }
        ctx.json(root);
    }

    private static ObjectNode field(String documentId, StoredField f, Optional<Template> template)
            throws JsonProcessingException {
        boolean myNumber = MyNumber.is(f.type());
        ObjectNode n = StatusApi.JSON.createObjectNode();
        n.put("name", f.name());
        template.flatMap(t -> t.fields().stream().filter(s -> s.name().equals(f.name())).findFirst())
                .map(FieldSpec::label).ifPresent(label -> n.put("label", label));
        n.put("type", f.type());
        JsonNode value = f.valueJson() == null ? null : StatusApi.JSON.readTree(f.valueJson());
        if (myNumber && value != null && value.isTextual()) {
            value = TextNode.valueOf(MyNumber.mask(value.asText()));
        }
        n.set("value", value);
        n.put("raw", myNumber ? MyNumber.mask(f.raw()) : f.raw());
        n.put("confidence", f.confidence());
        n.put("status", f.status());
        ArrayNode reasons = n.putArray("reasons");
        f.reasons().forEach(reasons::add);
        n.put("masked", myNumber);
        if (f.cropPath() != null && !myNumber) {
            n.put("crop_url", "/api/documents/" + documentId + "/fields/" + f.name() + "/crop.png");
        }
        return n;
    }
}
