package org.yomitori.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.yomitori.config.DataLayout;
import org.yomitori.config.YomitoriConfig.Channel;
import org.yomitori.intake.Reason;
import org.yomitori.intake.ReasonFiles;
import org.yomitori.storage.AtomicFiles;
import org.yomitori.storage.Database;
import org.yomitori.storage.EventRepository;
import org.yomitori.storage.Scan;
import org.yomitori.storage.ScanRepository;

/**
 * The files waiting in the channels' error folders, with their reasons, and re-submitting one: a
 * scan that failed while being read is queued again (the archive holds its bytes); a file refused
 * at intake goes back into the drop folder to be taken in afresh. The error copy and its reason
 * file are removed either way.
 */
final class ErrorsApi {
    private static final int LIMIT = 500;

    private final List<Channel> channels;
    private final DataLayout layout;
    private final Database db;
    private final Clock clock;
    private final ScanRepository scans = new ScanRepository();
    private final EventRepository events = new EventRepository();

    ErrorsApi(List<Channel> channels, DataLayout layout, Database db, Clock clock) {
        this.channels = channels;
        this.layout = layout;
        this.db = db;
        this.clock = clock;
    }

    void register(ApiRoutes api) {
        api.get("/api/errors", Access.CLERK, this::list)
                .post("/api/errors/{channel}/{file}/resubmit", Access.CLERK, this::resubmit);
    }

    private void list(Context ctx) throws IOException {
        String only = ctx.queryParam("channel");
        List<Map<String, Object>> out = new ArrayList<>();
        for (Channel channel : channels) {
            if (only == null || only.isBlank() || only.equals(channel.name())) {
                for (Path file : files(layout.error(channel.name()))) {
                    out.add(entry(channel.name(), file));
                }
            }
        }
        ctx.json(out);
    }

    private void resubmit(Context ctx) throws IOException {
        Channel channel = channel(ctx.pathParam("channel"));
        Path file = errorFile(channel, ctx.pathParam("file"));
        Optional<Scan> scan = db.read(c -> scans.findByMovedTo(c, layout.relative(file)));
        Instant now = clock.instant();
        String by = "resubmitted by " + Guard.session(ctx).username();
        boolean requeued = scan.isPresent() && db.transaction(c -> {
            boolean done = scans.requeueFailed(c, scan.get().id(), now);
            if (done) {
                events.add(c, scan.get().id(), null, now, "requeued", by);
            }
            return done;
        });
        if (requeued) {
            Files.deleteIfExists(file);
        } else {
            AtomicFiles.moveInto(file, channel.folder());
            scan.ifPresent(s -> db.transaction(c -> {
                events.add(c, s.id(), null, now, "resubmitted", by);
                return null;
            }));
        }
        Files.deleteIfExists(ReasonFiles.reasonFileOf(file));
        ctx.status(202).json(Map.of("channel", channel.name(), "file", file.getFileName().toString(),
                "requeued", requeued));
    }

    private Map<String, Object> entry(String channel, Path file) throws IOException {
        Optional<Reason> reason = ReasonFiles.read(ReasonFiles.reasonFileOf(file));
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("channel", channel);
        n.put("file", file.getFileName().toString());
        n.put("reasonCode", reason.map(Reason::code).orElse(null));
        n.put("reasonMessage", reason.map(Reason::message).orElse(null));
        n.put("at", Files.getLastModifiedTime(file).toInstant().toString());
        return n;
    }

    private Channel channel(String name) {
        return channels.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> ApiError.notFound("channel"));
    }

    /** A file directly in the channel's error folder, named by the request: never a path elsewhere. */
    private Path errorFile(Channel channel, String name) {
        Path folder = layout.error(channel.name());
        boolean plain = !name.isEmpty() && name.length() <= 255 && !name.contains("/") && !name.contains("\\")
                && !name.startsWith(".") && !name.endsWith(".reason.txt");
        Path file = plain ? folder.resolve(name).normalize() : null;
        if (file == null || !folder.equals(file.getParent()) || !Files.isRegularFile(file)) {
            throw ApiError.notFound("file in the error folder");
        }
        return file;
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().endsWith(".reason.txt"))
                    .sorted(Comparator.comparing(ErrorsApi::modified).reversed()).limit(LIMIT).toList();
        }
    }

    private static Instant modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
