package org.yomitori.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.yomitori.export.DeadLetter;
import org.yomitori.export.DeliveryService;
import org.yomitori.schedule.Schedules;
import org.yomitori.schedule.SlaCounts;
import org.yomitori.schedule.Summary;

/**
 * The operations API: deliveries to the core systems and their dead letters (administrators), the
 * review SLA and the daily summary (anyone logged in, for the status page). Used by deliveries.html;
 * described in {@link #OPENAPI}, which the server merges into its OpenAPI document.
 * <pre>
 * GET  /api/deliveries                counts per state                      admin
 * GET  /api/deliveries/dead           the dead letters                      admin
 * POST /api/deliveries/{id}/redrive   try a dead delivery again             admin
 * GET  /api/sla                       review tasks, overdue and flagged     clerk
 * GET  /api/summary?date=yyyy-mm-dd   one day in figures (default today)    clerk
 * </pre>
 */
final class OperationsApi {
    static final String OPENAPI = "/openapi-operations.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DeliveryService deliveries;
    private final Schedules schedules;
    private final Clock clock;

    OperationsApi(DeliveryService deliveries, Schedules schedules, Clock clock) {
        this.deliveries = deliveries;
        this.schedules = schedules;
        this.clock = clock;
    }

    void register(ApiRoutes api) {
        api.get("/api/deliveries", Access.ADMIN, ctx -> ctx.json(deliveries.counts()));
        api.get("/api/deliveries/dead", Access.ADMIN, this::dead);
        api.post("/api/deliveries/{id}/redrive", Access.ADMIN, this::redrive);
        api.get("/api/sla", Access.CLERK, this::sla);
        api.get("/api/summary", Access.CLERK, this::summary);
    }

    /** The server's OpenAPI document with this API's paths and tags added. */
    static byte[] describedIn(byte[] openApi, byte[] operations) {
        try {
            ObjectNode doc = (ObjectNode) JSON.readTree(openApi);
            JsonNode mine = JSON.readTree(operations);
            ((ObjectNode) doc.get("paths")).setAll((ObjectNode) mine.get("paths"));
            ((ArrayNode) doc.get("tags")).addAll((ArrayNode) mine.get("tags"));
            return JSON.writeValueAsBytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI documents are broken (build problem)", e);
        }
    }

    private void dead(Context ctx) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("dead");
        for (DeadLetter d : deliveries.deadLetters()) {
            ObjectNode n = list.addObject();
            n.put("id", d.id());
            n.put("document_id", d.documentId());
            n.put("endpoint", d.endpoint());
            n.put("template", d.template());
            n.put("attempts", d.attempts());
            n.put("error_code", d.errorCode());
            n.put("error_field", d.errorField());
            n.put("message", d.message());
            n.put("released_at", text(d.releasedAt()));
            n.put("failed_at", text(d.failedAt()));
        }
        ctx.json(root);
    }

    private void redrive(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("番号が正しくありません", "id must be a number");
        }
        if (!deliveries.redrive(id)) {
            throw new ApiError(409, "not_dead", "再送できるのはデッドレターだけです / Only a dead delivery can be re-driven: " + id);
        }
        ObjectNode n = JSON.createObjectNode();
        n.put("id", id);
        n.put("state", "pending");
        ctx.json(n);
    }

    private void sla(Context ctx) {
        SlaCounts s = schedules.sla();
        ObjectNode n = JSON.createObjectNode();
        n.put("review_age_hours", s.reviewAgeHours());
        n.put("in_review", s.inReview());
        n.put("overdue", s.overdue());
        n.put("flagged", s.flagged());
        n.put("oldest", text(s.oldest()));
        ctx.json(n);
    }

    private void summary(Context ctx) {
        String text = ctx.queryParam("date");
        LocalDate date;
        try {
            date = text == null || text.isBlank() ? LocalDate.now(clock) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("日付は YYYY-MM-DD で指定してください", "date must be yyyy-mm-dd");
        }
        Summary s = schedules.summary(date);
        ObjectNode n = JSON.createObjectNode();
        n.put("date", s.date().toString());
        n.put("zone", clock.getZone().getId());
        n.put("documents_in", s.documentsIn());
        n.put("released", s.released());
        n.put("rejected", s.rejected());
        n.put("errors", s.errors());
        n.put("straight_through", s.straightThrough());
        n.put("stp_rate", Math.round(s.stpRate() * 1000) / 1000.0);
        n.put("fields_auto", s.fieldsAuto());
        n.put("keying_hours_saved", Math.round(s.keyingHoursSaved() * 100) / 100.0);
        ctx.json(n);
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
