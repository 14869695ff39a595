package org.yomitori.app;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yomitori.auth.Accounts;
import org.yomitori.camel.YomitoriCamel;
import org.yomitori.config.ConfigException;
import org.yomitori.config.YomitoriConfig;
import org.yomitori.export.DeliveryService;
import org.yomitori.export.ExportSettings;
import org.yomitori.extract.PipelineExtractor;
import org.yomitori.intake.IntakeService;
import org.yomitori.reading.ReadingService;
import org.yomitori.render.PageRenderer;
import org.yomitori.review.ReviewService;
import org.yomitori.schedule.Schedules;
import org.yomitori.storage.Database;
import org.yomitori.template.CalibratedThresholds;
import org.yomitori.template.TemplateRegistry;
import org.yomitori.web.WebServer;

/**
 * {@code ./yomitori run [--config FILE]}: the pipeline as a service. Loads the settings, opens the
 * database (migrating it), builds the stage beans, starts the Camel routes from {@code routes/}
 * and the web server, and stops them in reverse order on SIGTERM or Ctrl+C.
 */
public final class YomitoriApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("app");

    private final Database db;
    private final Accounts accounts;
    private final PipelineExtractor extractor;
    private final DeliveryService delivery;
    private final Schedules schedules;
    private final YomitoriCamel camel;
    private final WebServer web;
    private final CountDownLatch closed = new CountDownLatch(1);

    private YomitoriApp(Database db, Accounts accounts, PipelineExtractor extractor, DeliveryService delivery,
                        Schedules schedules, YomitoriCamel camel, WebServer web) {
        this.db = db;
        this.accounts = accounts;
        this.extractor = extractor;
        this.delivery = delivery;
        this.schedules = schedules;
        this.camel = camel;
        this.web = web;
    }

    public static void main(String[] args) throws Exception {
        YomitoriConfig config;
        try {
            config = YomitoriConfig.load(CommandLine.configFile(args), System.getenv(), System.getProperties());
        } catch (ConfigException | IllegalArgumentException e) {
            System.err.println("yomitori: " + e.getMessage());
            System.exit(2);
            return;
        }
        YomitoriApp app;
        try {
            app = start(config);
        } catch (ConfigException e) {
            System.err.println("yomitori: " + e.getMessage());
            System.exit(2);
            return;
        } catch (Exception e) { // e.g. the database is in use by another running pipeline
            LOG.error("cannot start", e);
            System.err.println("yomitori: cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "yomitori-shutdown"));
        app.printBanner(config, System.out);
        app.closed.await();
    }

    /** Starts everything; returns once the drop folders are watched. */
    public static YomitoriApp start(YomitoriConfig config) throws Exception {
        createFolders(config);
        Clock clock = Clock.systemDefaultZone();
        Database db = Database.open(config.db().url(), config.db().user(), config.db().password());
        PipelineExtractor extractor = null;
        DeliveryService delivery = null;
        Schedules schedules = null;
        try {
            CalibratedThresholds calibration = CalibratedThresholds.load(config.thresholdsFile());
            TemplateRegistry templates = TemplateRegistry.load(config.templateFolders(), calibration);
            LOG.info("{} template(s) loaded from {}; calibrated thresholds for {} field type(s) from {}",
                    templates.all().size(), config.templateFolders(), calibration.byType().size(),
                    config.thresholdsFile());
            PageRenderer renderer = new PageRenderer(Extractors.render(config.render()));
            extractor = Extractors.pipeline(config, templates);
            IntakeService intake = new IntakeService(config.layout(), config.intake().keepProcessed(), renderer, db, clock);
            ReviewService review = new ReviewService(db, templates, extractor::readAs, config.layout(), config.review(),
                    config.reading().cropMarginPx(), clock);
            ReadingService reading = new ReadingService(extractor, db, config.layout(), config.reading(), clock,
                    review.afterStore());
            reading.recoverInterrupted();
            delivery = DeliveryService.start(ExportSettings.of(config), db, templates, clock);
            schedules = Schedules.start(config, db, clock);
            List<YomitoriCamel.TemplatedRoute> windows = exportWindows(delivery);
            schedules.keepExportWindows(triggers(windows));
            YomitoriCamel camel = new YomitoriCamel(config, Map.of("intakeService", intake, "readingService", reading,
                    "deliveryService", delivery, "schedules", schedules, "quartzScheduler", schedules.scheduler()),
                    windows);
            camel.start();
            Accounts accounts = new Accounts(db, config.auth(), clock);
            WebServer web = config.web().enabled() ? WebServer.start(config, db, templates, review, accounts, clock,
                    new WebServer.Operations(delivery, schedules)) : null;
            printSetupToken(accounts, config, web, System.out);
            return new YomitoriApp(db, accounts, extractor, delivery, schedules, camel, web);
        } catch (Exception | Error e) {
            closeQuietly(schedules);
            closeQuietly(delivery);
            closeQuietly(extractor);
            db.close();
            throw e;
        }
    }

    /** One route from the export-window template per cron of every endpoint that has export windows. */
    static List<YomitoriCamel.TemplatedRoute> exportWindows(DeliveryService delivery) {
        List<YomitoriCamel.TemplatedRoute> routes = new ArrayList<>();
        delivery.windows().forEach((endpoint, crons) -> {
            for (int i = 0; i < crons.size(); i++) {
                String trigger = endpoint + "-" + (i + 1);
                routes.add(new YomitoriCamel.TemplatedRoute("export-window-" + trigger, Schedules.EXPORT_WINDOWS,
                        Map.of("endpoint", endpoint, "trigger", trigger, "cron", crons.get(i))));
            }
        });
        return routes;
    }

    private static Set<String> triggers(List<YomitoriCamel.TemplatedRoute> windows) {
        Set<String> names = new HashSet<>();
        windows.forEach(w -> names.add(w.parameters().get("trigger")));
        return names;
    }

    /** The web server's port, or -1 when the web server is off. */
    public int webPort() {
        return web == null ? -1 : web.port();
    }

    public Database database() {
        return db;
    }

    public Accounts accounts() {
        return accounts;
    }

    /** Stops intake and reading (in-flight scans get the shutdown timeout), then the web server and the database. */
    @Override
    public synchronized void close() {
        if (closed.getCount() == 0) {
            return;
        }
        LOG.info("stopping");
        camel.stop();
        schedules.close();
        delivery.close();
        if (web != null) {
            web.close();
        }
        if (camel.idle()) {
            closeQuietly(extractor);
        } else { // a reading outlived the shutdown timeout: its thread may still be inside Tesseract
            LOG.warn("a scan was still being read at shutdown; it is read again on the next start");
        }
        db.close();
        closed.countDown();
        LOG.info("stopped");
    }

    private static void createFolders(YomitoriConfig config) {
        try {
            config.layout().create(config.intake().channels());
        } catch (IOException e) {
            throw new ConfigException("yomitori.data.dir: cannot create the data folders under " + config.dataDir()
                    + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * No account yet: prints the one-time token that creates the first administrator. Printed to
     * the console (never to the log files), since whoever reads the console runs the server.
     */
    private static void printSetupToken(Accounts accounts, YomitoriConfig config, WebServer web, PrintStream out) {
        accounts.startSetup().ifPresent(token -> {
            String where = web == null ? "the web pages (yomitori.web.enabled=false now)"
                    : "http://" + config.web().host() + ":" + web.port() + "/";
            out.println("No account exists yet. Create the first administrator at " + where);
            out.println("with this one-time setup token (初期設定用トークン): " + token);
        });
    }

    private static void closeQuietly(Object resource) {
        if (resource instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("closing {} failed", resource.getClass().getSimpleName(), e);
            }
        }
    }

    private void printBanner(YomitoriConfig config, PrintStream out) {
        out.println("Yomitori is running.");
        out.println("  data folder:  " + config.dataDir());
        for (YomitoriConfig.Channel c : config.intake().channels()) {
            out.println("  drop folder:  " + c.name() + " -> " + c.folder());
        }
        out.println("  error folder: " + config.dataDir().resolve("error"));
        out.println("  outbox:       " + config.layout().outbox());
        if (web != null) {
            out.println("  status page:  http://" + config.web().host() + ":" + web.port() + "/");
        }
        out.println("Stop with Ctrl+C (or SIGTERM).");
    }
}
