package org.yomitori.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yomitori.config.YomitoriConfig.Channel;
import org.yomitori.review.ReviewService;
import org.yomitori.storage.Database;
import org.yomitori.storage.ReviewDocument;
import org.yomitori.storage.ReviewRepository;
import org.yomitori.storage.Scan;
import org.yomitori.storage.ScanRepository;

/** The clerks' view: per channel, today's counts per state and the overdue documents; a day's files with their state. */
final class ChannelsApi {
    private final List<Channel> channels;
    private final Database db;
    private final ReviewService review;
    private final Clock clock;
    private final ScanRepository scans = new ScanRepository();
    private final ReviewRepository documents = new ReviewRepository();

    ChannelsApi(List<Channel> channels, Database db, ReviewService review, Clock clock) {
        this.channels = channels;
        this.db = db;
        this.review = review;
        this.clock = clock;
    }

    void register(ApiRoutes api) {
        api.get("/api/channels", Access.CLERK, this::channels)
                .get("/api/channels/{channel}/scans", Access.CLERK, this::scans);
    }

    private void channels(Context ctx) {
        List<Scan> today = day(LocalDate.now(clock));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Channel channel : channels) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("received", 0);
            ClerkState.STATES.forEach(s -> counts.put(s, 0));
            for (Scan s : today) {
                if (s.channel().equals(channel.name())) {
                    counts.merge("received", 1, Integer::sum);
                    counts.merge(ClerkState.of(s, db.read(c -> documents.forScan(c, s.id()))), 1, Integer::sum);
                }
            }
            long overdue = review.queue(null, channel.name()).stream().filter(review::overdue).count();
            out.add(Map.of("channel", channel.name(), "today", counts, "overdue", overdue));
        }
        ctx.json(out);
    }

    private void scans(Context ctx) {
        String channel = ctx.pathParam("channel");
        if (channels.stream().noneMatch(c -> c.name().equals(channel))) {
            throw ApiError.notFound("channel");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Scan s : day(date(ctx.queryParam("date")))) {
            if (s.channel().equals(channel)) {
                out.add(scan(s, db.read(c -> documents.forScan(c, s.id()))));
            }
        }
        ctx.json(out);
    }

    private static Map<String, Object> scan(Scan s, List<ReviewDocument> docs) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("scanId", s.id());
        n.put("file", s.originalName());
        n.put("receivedAt", s.receivedAt().toString());
        String state = ClerkState.of(s, docs);
        n.put("state", state);
        List<Map<String, Object>> list = new ArrayList<>();
        for (ReviewDocument d : docs) {
            Map<String, Object> dn = new LinkedHashMap<>();
            dn.put("documentId", d.id());
            dn.put("status", d.status());
            dn.put("rejectReason", d.rejectReason());
            list.add(dn);
        }
        n.put("documents", list);
        String rejected = docs.stream().map(ReviewDocument::rejectReason).filter(r -> r != null).findFirst().orElse(null);
        n.put("reasonCode", "rejected".equals(state) ? "rejected" : s.reasonCode());
        n.put("reasonMessage", "rejected".equals(state) ? rejected : s.reasonMessage());
        return n;
    }

    /** Scans received on {@code date} in the server's time zone, newest first. */
    private List<Scan> day(LocalDate date) {
        Instant from = date.atStartOfDay(clock.getZone()).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return db.read(c -> scans.receivedBetween(c, from, to));
    }

    private LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("日付は YYYY-MM-DD で指定してください。", "date must be YYYY-MM-DD.");
        }
    }
}
