package org.yomitori.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yomitori.auth.Session;
import org.yomitori.config.DataLayout;
import org.yomitori.review.DocumentView;
import org.yomitori.review.FieldCheck;
import org.yomitori.review.FieldEdit;
import org.yomitori.review.ReviewService;
import org.yomitori.review.Saved;
import org.yomitori.storage.PageImage;
import org.yomitori.storage.ReviewDocument;
import org.yomitori.storage.StoredField;
import org.yomitori.template.FieldSpec;

/** One document for a verifier: its fields and pages, saving fields, rejecting, picking its template. */
final class DocumentApi {
    private final ReviewService review;
    private final DataLayout layout;
    private final MyNumberPolicy myNumbers;
    private final Clock clock;

    DocumentApi(ReviewService review, DataLayout layout, MyNumberPolicy myNumbers, Clock clock) {
        this.review = review;
        this.layout = layout;
        this.myNumbers = myNumbers;
        this.clock = clock;
    }

    void register(ApiRoutes api) {
        api.get("/api/documents/{id}", Access.CLERK, this::document)
                .post("/api/validate", Access.VERIFIER, this::validate)
                .put("/api/documents/{id}/fields/{name}", Access.VERIFIER, this::save)
                .post("/api/documents/{id}/reject", Access.VERIFIER, this::reject)
                .post("/api/documents/{id}/template", Access.VERIFIER, this::template);
    }

    private void document(Context ctx) {
        DocumentView view = review.document(ctx.pathParam("id"));
        ctx.json(document(view, myNumbers.allowed(Guard.session(ctx).role())));
    }

    private Map<String, Object> document(DocumentView view, boolean myNumberAllowed) {
        ReviewDocument d = view.document();
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("documentId", d.id());
        n.put("template", d.template());
        n.put("title", view.template() == null ? null : view.template().title());
        n.put("status", d.status());
        n.put("version", d.version());
        n.put("channel", d.channel());
        n.put("source", d.source());
        n.put("receivedAt", d.receivedAt().toString());
        n.put("rejectReason", d.rejectReason());
        n.put("lease", QueueApi.lease(d, clock));
        n.put("pages", pages(d.id(), view.pages()));
        List<Map<String, Object>> fields = new ArrayList<>();
        for (StoredField f : view.fields()) {
            fields.add(FieldView.of(d.id(), f, spec(view, f.name()), myNumberAllowed));
        }
        n.put("fields", fields);
        return n;
    }

    private List<Map<String, Object>> pages(String id, List<PageImage> pages) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PageImage p : pages) {
            PngSize size = PngSize.of(layout.resolve(p.path()));
            out.add(Map.of("n", p.pageNo(), "url", "/api/documents/" + id + "/pages/" + p.pageNo() + ".png",
                    "width", size.width(), "height", size.height()));
        }
        return out;
    }

    private void validate(Context ctx) {
        Body body = Body.of(ctx);
        String id = body.requiredText("documentId");
        String field = body.requiredText("field");
        FieldCheck check = review.check(id, field, body.value("value"));
        boolean masked = isMyNumber(id, field) && !myNumbers.allowed(Guard.session(ctx).role());
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("ok", check.ok());
        n.put("normalised", masked && check.value() instanceof String s ? MyNumber.mask(s) : check.value());
        n.put("preview", check.preview());
        n.put("reasons", check.reasons());
        n.put("warnings", check.warnings());
        ctx.json(n);
    }

    private void save(Context ctx) {
        Body body = Body.of(ctx);
        Session who = Guard.session(ctx);
        JsonNode override = body.node("override");
        String reason = override.isObject() && override.path("reason").isTextual() ? override.get("reason").asText() : null;
        FieldEdit edit = new FieldEdit(body.value("value"), body.version(), Boolean.TRUE.equals(body.bool("illegible")),
                reason);
        String id = ctx.pathParam("id");
        Saved saved = review.save(id, ctx.pathParam("name"), edit, who.username());
        DocumentView view = review.document(id);
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("field", FieldView.of(id, saved.field(), spec(view, saved.field().name()), myNumbers.allowed(who.role())));
        n.put("version", saved.version());
        n.put("documentStatus", saved.documentStatus());
        n.put("released", saved.released());
        ctx.json(n);
    }

    private void reject(Context ctx) {
        Body body = Body.of(ctx);
        int version = review.reject(ctx.pathParam("id"), body.text("reason"), body.version(),
                Guard.session(ctx).username());
        ctx.json(Map.of("status", ReviewDocument.REJECTED, "version", version));
    }

    private void template(Context ctx) throws IOException {
        Body body = Body.of(ctx);
        String id = ctx.pathParam("id");
        int version = review.pickTemplate(id, body.requiredText("template"), body.version(), Guard.session(ctx).username());
        ReviewDocument d = review.document(id).document();
        ctx.json(Map.of("documentId", id, "template", d.template(), "status", d.status(), "version", version));
    }

    private boolean isMyNumber(String id, String field) {
        return review.document(id).fields().stream().anyMatch(f -> f.name().equals(field) && MyNumber.is(f.type()));
    }

    private static FieldSpec spec(DocumentView view, String name) {
        return view.template() == null ? null
                : view.template().fields().stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }
}
