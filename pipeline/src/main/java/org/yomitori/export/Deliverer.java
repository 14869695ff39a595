package org.yomitori.export;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yomitori.storage.Database;
import org.yomitori.storage.EventRepository;

/**
 * Delivers one endpoint's due deliveries. An attempt is counted first, then each record is
 * prepared (a record the endpoint cannot take goes to the dead letters alone), the prepared
 * records are written as one unit, and only then marked delivered. A crash after the write leaves
 * them pending: the retry writes the same file name or the same keyed rows again. A failed write
 * waits with exponential back-off and is given up after the configured number of attempts.
 */
final class Deliverer {
    private static final Logger LOG = LoggerFactory.getLogger("export");
    private static final DateTimeFormatter BATCH = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Database db;
    private final Clock clock;
    private final ExportSettings settings;
    private final DeliveryFaults faults;
    private final DeliveryRepository repo = new DeliveryRepository();
    private final RecordLoader loader = new RecordLoader();
    private final EventRepository events = new EventRepository();

    Deliverer(Database db, Clock clock, ExportSettings settings, DeliveryFaults faults) {
        this.db = db;
        this.clock = clock;
        this.settings = settings;
        this.faults = faults;
    }

    /**
     * The time in milliseconds: databases keep micro- or milliseconds and may round a stored
     * nanosecond time up, which would make a delivery planned "now" not yet due "now".
     */
    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private Instant now() {
        return now(clock);
    }

    /** Delivers what is due for the endpoint; returns the number of records delivered. */
    int deliver(Endpoint e, Target<?> target, Instant now) {
        if (!e.hasWindow()) { // held by a window the endpoint file no longer has
            db.transaction(c -> repo.releaseHeld(c, e.id(), now));
        }
        int delivered = 0;
        for (String batch : db.read(c -> repo.retryBatches(c, e.id(), now))) {
            List<Delivery> rows = db.read(c -> repo.batch(c, batch));
            delivered += e.perBatch() ? attempt(e, target, rows, batch) : each(e, target, rows);
        }
        List<Delivery> fresh = db.read(c -> repo.due(c, e.id(), now, settings.batchSize()));
        if (fresh.isEmpty()) {
            return delivered;
        }
        if (!e.perBatch()) {
            return delivered + each(e, target, fresh);
        }
        String batch = BATCH.format(now.atZone(clock.getZone())) + "-" + fresh.get(0).id();
        db.transaction(c -> {
            for (Delivery d : fresh) {
                repo.assignBatch(c, d.id(), batch); // fixed before writing: a retry re-sends the same batch
            }
            return null;
        });
        return delivered + attempt(e, target, fresh, batch);
    }

    private int each(Endpoint e, Target<?> target, List<Delivery> rows) {
        int delivered = 0;
        for (Delivery d : rows) {
            delivered += attempt(e, target, List.of(d), null);
        }
        return delivered;
    }

    /** Records checked and converted for a target, with the deliveries they belong to. */
    private record Ready<P>(List<Delivery> rows, List<P> values) {
    }

    private <P> int attempt(Endpoint e, Target<P> target, List<Delivery> rows, String batch) {
        Instant started = now();
        db.transaction(c -> {
            for (Delivery d : rows) {
                repo.claim(c, d.id(), started);
            }
            return null;
        });
        Ready<P> ready = prepare(e, target, rows);
        if (ready.rows().isEmpty()) {
            return 0;
        }
        try {
            target.write(ready.values(), batch);
        } catch (Exception ex) {
            failed(e, ready.rows(), Failure.of(ex));
            return 0;
        }
        faults.afterWrite(e.id(), ready.rows().stream().map(Delivery::id).toList());
        markDelivered(e, ready.rows(), batch);
        return ready.rows().size();
    }

    /**
     * Prepares each record: one the endpoint cannot take goes to the dead letters alone; a problem
     * worth retrying (the target is away) fails the whole group, which then has nothing ready.
     */
    private <P> Ready<P> prepare(Endpoint e, Target<P> target, List<Delivery> rows) {
        Ready<P> ready = new Ready<>(new ArrayList<>(), new ArrayList<>());
        List<Delivery> refused = new ArrayList<>();
        for (Delivery d : rows) {
            try {
                ready.values().add(target.prepare(db.read(c -> loader.load(c, d))));
                ready.rows().add(d);
            } catch (Exception ex) {
                Failure f = Failure.of(ex);
                if (f.retriable()) {
                    failed(e, rows.stream().filter(r -> !refused.contains(r)).toList(), f);
                    return new Ready<>(List.of(), List.of());
                }
                failed(e, List.of(d), f);
                refused.add(d);
            }
        }
        return ready;
    }

    private void markDelivered(Endpoint e, List<Delivery> rows, String batch) {
        Instant at = now();
        db.transaction(c -> {
            for (Delivery d : rows) {
                repo.delivered(c, d.id(), at);
                events.add(c, null, d.documentId(), at, "delivered", "endpoint=" + e.id()
                        + (batch == null ? "" : " batch=" + batch));
                repo.settle(c, d.outboxId());
            }
            return null;
        });
        LOG.info("endpoint {}: {} record(s) delivered{}", e.id(), rows.size(), batch == null ? "" : " as batch " + batch);
    }

    private void failed(Endpoint e, List<Delivery> rows, Failure f) {
        Instant now = now();
        ExportSettings.Retry retry = settings.retry();
        db.transaction(c -> {
            for (Delivery d : rows) {
                int attempts = d.attempts() + 1; // the claim counted this attempt
                boolean giveUp = !f.retriable() || attempts >= retry.maxAttempts();
                Failure stored = f.retriable() && giveUp ? f.exhausted(attempts) : f;
                if (giveUp) {
                    repo.dead(c, d.id(), stored, now);
                } else {
                    repo.retryLater(c, d.id(), now.plus(retry.delayAfter(attempts)), stored, now);
                }
                events.add(c, null, d.documentId(), now, giveUp ? "delivery_dead" : "delivery_failed",
                        "endpoint=" + e.id() + " code=" + stored.code() + " attempt=" + attempts);
                repo.settle(c, d.outboxId());
            }
            return null;
        });
        LOG.warn("endpoint {}: {} record(s) not delivered ({}): {}", e.id(), rows.size(), f.code(), f.message());
    }
}
