package org.yomitori.export;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yomitori.config.ConfigException;
import org.yomitori.storage.Database;
import org.yomitori.storage.EventRepository;
import org.yomitori.template.TemplateRegistry;

/**
 * Delivers released documents to the core systems, exactly once per endpoint. Released documents
 * wait in {@code release_outbox}; each is planned into one {@code deliveries} row per endpoint of
 * its template (held for an endpoint with an export window), delivered by {@link Deliverer}, and
 * its outbox row is marked delivered when every endpoint has it (dead when one gave up). Called
 * by routes/export.camel.yaml: {@link #deliverDue} on a timer, {@link #deliverWindow} by each
 * endpoint's export window; calls are serialised, so one thread delivers at a time.
 */
public final class DeliveryService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("export");

    private final Database db;
    private final Clock clock;
    private final ExportSettings settings;
    private final Map<String, Endpoint> endpoints;
    private final Map<String, Target<?>> targets;
    private final Deliverer deliverer;
    private final DeliveryRepository repo = new DeliveryRepository();
    private final EventRepository events = new EventRepository();

    private DeliveryService(Database db, Clock clock, ExportSettings settings, Map<String, Endpoint> endpoints,
                            Map<String, Target<?>> targets, DeliveryFaults faults) {
        this.db = db;
        this.clock = clock;
        this.settings = settings;
        this.endpoints = endpoints;
        this.targets = targets;
        this.deliverer = new Deliverer(db, clock, settings, faults);
    }

    /** Loads and checks the endpoint files; a broken endpoint fails the start with a message naming it. */
    public static DeliveryService start(ExportSettings settings, Database db, TemplateRegistry templates, Clock clock) {
        return start(settings, db, templates, clock, DeliveryFaults.NONE);
    }

    static DeliveryService start(ExportSettings settings, Database db, TemplateRegistry templates, Clock clock,
                                 DeliveryFaults faults) {
        CoreDatabase.initialise(settings.coreDb());
        List<Endpoint> loaded = new EndpointLoader(templates, settings.dataDir(), settings.coreDb(), System.getenv())
                .loadAll(settings.endpointFolders());
        Map<String, Endpoint> endpoints = new LinkedHashMap<>();
        Map<String, Target<?>> targets = new LinkedHashMap<>();
        try {
            for (Endpoint e : loaded) {
                endpoints.put(e.id(), e);
                targets.put(e.id(), target(e, clock));
            }
        } catch (RuntimeException ex) {
            targets.values().forEach(Target::close);
            throw ex;
        }
        LOG.info("{} endpoint(s) loaded from {}", endpoints.size(), settings.endpointFolders());
        return new DeliveryService(db, clock, settings, endpoints, targets, faults);
    }

    private static Target<?> target(Endpoint e, Clock clock) {
        if (e.isFile()) {
            return new FileTarget(e, clock.getZone());
        }
        DatabaseTarget target = new DatabaseTarget(e, clock.getZone());
        try {
            if (!target.checkNow()) {
                LOG.warn("{}: database {} not reachable; the mapping is checked before the first delivery",
                        e.describe(), e.database().url());
            }
        } catch (MappingException ex) {
            target.close();
            throw new ConfigException(ex.getMessage(), ex);
        }
        return target;
    }

    /** Plans newly released documents and delivers whatever is due; returns the records delivered. */
    public synchronized int deliverDue() {
        Instant now = Deliverer.now(clock);
        plan(now);
        int delivered = 0;
        for (Endpoint e : endpoints.values()) {
            delivered += deliverer.deliver(e, targets.get(e.id()), now);
        }
        return delivered;
    }

    /** The endpoint's export window opened: its held deliveries are sent now, as one batch. */
    public synchronized int deliverWindow(String endpointId) {
        Endpoint e = endpoints.get(endpointId);
        if (e == null) {
            LOG.warn("export window fired for endpoint '{}', which is no longer configured", endpointId);
            return 0;
        }
        Instant now = Deliverer.now(clock);
        plan(now);
        int released = db.transaction(c -> repo.releaseHeld(c, endpointId, now));
        if (released > 0) {
            LOG.info("endpoint {}: export window open, {} held record(s) released", endpointId, released);
        }
        return deliverer.deliver(e, targets.get(endpointId), now);
    }

    public List<DeadLetter> deadLetters() {
        return db.read(repo::dead);
    }

    /** Tries a dead delivery again from its first attempt (on the next poll, also for windowed endpoints). */
    public synchronized boolean redrive(long deliveryId) {
        Instant now = Deliverer.now(clock);
        return db.transaction(c -> {
            var delivery = repo.find(c, deliveryId);
            if (delivery.isEmpty() || !repo.redrive(c, deliveryId, now)) {
                return false;
            }
            repo.settle(c, delivery.get().outboxId());
            events.add(c, null, delivery.get().documentId(), now, "delivery_redriven",
                    "endpoint=" + delivery.get().endpoint());
            return true;
        });
    }

    /** Deliveries per state: held, pending, delivered, dead. */
    public Map<String, Integer> counts() {
        return db.read(repo::counts);
    }

    /** Endpoint id to its export-window crons, for the endpoints that have windows. */
    public Map<String, List<String>> windows() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        endpoints.values().stream().filter(Endpoint::hasWindow).forEach(e -> out.put(e.id(), e.windows()));
        return out;
    }

    public List<String> endpointIds() {
        return new ArrayList<>(endpoints.keySet());
    }

    /** Closes the database endpoints' connections. */
    @Override
    public synchronized void close() {
        targets.values().forEach(Target::close);
    }

    private void plan(Instant now) {
        for (DeliveryRepository.Released r : db.read(c -> repo.unplanned(c, settings.batchSize()))) {
            List<Endpoint> mine = endpoints.values().stream().filter(e -> e.template().equals(r.template())).toList();
            db.transaction(c -> {
                for (Endpoint e : mine) {
                    repo.add(c, r, e.id(), e.hasWindow(), now);
                }
                repo.settle(c, r.outboxId()); // no endpoint for the template: nothing to deliver, done
                events.add(c, null, r.documentId(), now, "delivery_planned",
                        "endpoints=" + String.join(",", mine.stream().map(Endpoint::id).toList()));
                return null;
            });
        }
    }
}
