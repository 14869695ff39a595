package org.yomitori.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
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
 * The operations API: deliveries to the core systems and their dead letters, the review SLA and
 * the daily summary (used by deliveries.html). The delivery routes carry {@link Role#ADMIN}: an
 * access check installed with {@code beforeMatched} can refuse them to anyone but an admin.
 * <pre>
 * GET  /api/deliveries                counts per state
 * GET  /api/deliveries/dead           the dead letters
 * POST /api/deliveries/{id}/redrive   try a dead delivery again
 * GET  /api/sla                       review tasks, overdue and flagged
 * GET  /api/summary?date=yyyy-mm-dd   one day in figures (default today)
 * </pre>
 */
final class OperationsApi {
    /** Route roles for an access check. */
    enum Role implements RouteRole { ADMIN }

    private final DeliveryService deliveries;
    private final Schedules schedules;
    private final Clock clock;

    OperationsApi(DeliveryService deliveries, Schedules schedules, Clock clock) {
        this.deliveries = deliveries;
        this.schedules = schedules;
        this.clock = clock;
    }

    void register(Javalin app) {
        app.get("/api/deliveries", ctx -> ctx.json(deliveries.counts()), Role.ADMIN);
        app.get("/api/deliveries/dead", this::dead, Role.ADMIN);
        app.post("/api/deliveries/{id}/redrive", this::redrive, Role.ADMIN);
        app.get("/api/sla", this::sla);
        app.get("/api/summary", this::summary);
    }

    private void dead(Context ctx) {
        ObjectNode root = StatusApi.JSON.createObjectNode();
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
            throw new BadRequestResponse("id must be a number");
        }
        if (!deliveries.redrive(id)) {
            throw new ConflictResponse("no dead delivery with id " + id);
        }
        ObjectNode n = StatusApi.JSON.createObjectNode();
        n.put("id", id);
        n.put("state", "pending");
        ctx.json(n);
    }

    private void sla(Context ctx) {
        SlaCounts s = schedules.sla();
        ObjectNode n = StatusApi.JSON.createObjectNode();
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
            throw new BadRequestResponse("date must be yyyy-mm-dd");
        }
        Summary s = schedules.summary(date);
        ObjectNode n = StatusApi.JSON.createObjectNode();
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
