package org.yomitori.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.yomitori.review.Claim;
import org.yomitori.review.ReviewService;
import org.yomitori.storage.ReviewDocument;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateRegistry;

/** The verifiers' queue: documents waiting for a person, oldest first, and claims on them. */
final class QueueApi {
    private final ReviewService review;
    private final TemplateRegistry templates;
    private final Clock clock;

    QueueApi(ReviewService review, TemplateRegistry templates, Clock clock) {
        this.review = review;
        this.templates = templates;
        this.clock = clock;
    }

    void register(ApiRoutes api) {
        api.get("/api/queue", Access.VERIFIER, this::queue)
                .post("/api/queue/next", Access.VERIFIER, this::next)
                .post("/api/documents/{id}/claim", Access.VERIFIER, this::claim)
                .post("/api/documents/{id}/unclaim", Access.VERIFIER, this::unclaim)
                .get("/api/templates", Access.VERIFIER, this::templates);
    }

    /** The installed forms, for a verifier picking the template of an unidentified document. */
    private void templates(Context ctx) {
        ctx.json(templates.all().stream().map(t -> Map.of("id", t.id(), "title", t.title())).toList());
    }

    private void queue(Context ctx) {
        ctx.json(review.queue(filter(ctx, "template"), filter(ctx, "channel")).stream().map(this::item).toList());
    }

    private void next(Context ctx) {
        Optional<Claim> claim = review.next(filter(ctx, "template"), filter(ctx, "channel"), Guard.session(ctx).username());
        if (claim.isEmpty()) {
            ctx.status(204);
            return;
        }
        ctx.json(claim(claim.get()));
    }

    private void claim(Context ctx) {
        ctx.json(claim(review.claim(ctx.pathParam("id"), Guard.session(ctx).username())));
    }

    private void unclaim(Context ctx) {
        review.unclaim(ctx.pathParam("id"), Guard.session(ctx).username());
        ctx.status(204);
    }

    private Map<String, Object> item(ReviewDocument d) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("documentId", d.id());
        n.put("template", d.template());
        n.put("title", Optional.ofNullable(d.template()).flatMap(templates::byId).map(Template::title).orElse(null));
        n.put("channel", d.channel());
        n.put("source", d.source());
        n.put("receivedAt", d.receivedAt().toString());
        n.put("openFields", d.openFields());
        n.put("overdue", review.overdue(d));
        n.put("lease", lease(d, clock));
        return n;
    }

    /** The live claim on a document as {user, expiresAt}, or null. */
    static Map<String, Object> lease(ReviewDocument d, Clock clock) {
        String holder = d.leaseHolder(clock.instant());
        return holder == null ? null : Map.of("user", holder, "expiresAt", d.leaseExpiresAt().toString());
    }

    static Map<String, Object> claim(Claim c) {
        return Map.of("documentId", c.documentId(), "leaseExpiresAt", c.leaseExpiresAt().toString(),
                "version", c.version());
    }

    private static String filter(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value;
    }
}
