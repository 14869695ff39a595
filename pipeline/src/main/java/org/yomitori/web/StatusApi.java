package org.yomitori.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yomitori.config.DataLayout;
import org.yomitori.config.YomitoriConfig.Channel;
import org.yomitori.record.DocumentRecord;
import org.yomitori.storage.Database;
import org.yomitori.storage.DocumentRepository;
import org.yomitori.storage.Scan;
import org.yomitori.storage.ScanRepository;
import org.yomitori.storage.ScanState;
import org.yomitori.storage.StoredDocument;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateRegistry;

/**
 * {@code GET /api/scans?date=yyyy-mm-dd&channel=name}: per channel, every file dropped that day
 * (default today) with its state, the counts per state, and the files waiting in the error folder.
 */
final class StatusApi {
    static final ObjectMapper JSON = new ObjectMapper();

    private final List<Channel> channels;
    private final DataLayout layout;
    private final Database db;
    private final Clock clock;
    private final TemplateRegistry templates;
    private final ScanRepository scans = new ScanRepository();
    private final DocumentRepository documents = new DocumentRepository();

    StatusApi(List<Channel> channels, DataLayout layout, Database db, TemplateRegistry templates, Clock clock) {
        this.channels = channels;
        this.layout = layout;
        this.db = db;
        this.templates = templates;
        this.clock = clock;
    }

    void scans(Context ctx) throws IOException {
        LocalDate date = date(ctx.queryParam("date"));
        String only = ctx.queryParam("channel");
        Instant from = date.atStartOfDay(clock.getZone()).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        List<Scan> day = db.read(c -> scans.receivedBetween(c, from, to));
        ObjectNode root = JSON.createObjectNode();
        root.put("date", date.toString());
        root.put("zone", clock.getZone().getId());
        ArrayNode out = root.putArray("channels");
        for (Channel channel : channels) {
            if (only == null || only.isBlank() || only.equals(channel.name())) {
                out.add(channel(channel, day.stream().filter(s -> s.channel().equals(channel.name())).toList()));
            }
        }
        ctx.json(root);
    }

    private ObjectNode channel(Channel channel, List<Scan> dropped) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", channel.name());
        node.put("folder", channel.folder().toString());
        Map<String, Integer> counts = new TreeMap<>();
        ArrayNode rows = node.putArray("scans");
        for (Scan s : dropped) {
            List<StoredDocument> docs = s.state() == ScanState.DONE ? db.read(c -> documents.forScan(c, s.id())) : List.of();
            String outcome = outcome(s, docs);
            counts.merge(outcome, 1, Integer::sum);
            rows.add(Json.scan(s, outcome, docs, id -> templates.byId(id).map(Template::title).orElse(null)));
        }
        ObjectNode countNode = node.putObject("counts");
        counts.forEach(countNode::put);
        node.set("error_files", ErrorFolderListing.list(layout.error(channel.name())));
        return node;
    }

    /** What a clerk needs to know: done scans are told apart by their documents' status. */
    static String outcome(Scan s, List<StoredDocument> docs) {
        if (s.state() != ScanState.DONE) {
            return s.state().id();
        }
        if (docs.stream().anyMatch(d -> DocumentRecord.NEEDS_REVIEW.equals(d.status()))) {
            return DocumentRecord.NEEDS_REVIEW;
        }
        if (!docs.isEmpty() && docs.stream().allMatch(d -> DocumentRecord.UNIDENTIFIED.equals(d.status()))) {
            return DocumentRecord.UNIDENTIFIED;
        }
        return "done";
    }

    private LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse("date must be yyyy-mm-dd");
        }
    }
}
