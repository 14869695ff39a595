package org.yomitori.web;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.yomitori.auth.Accounts;
import org.yomitori.config.DataLayout;
import org.yomitori.config.YomitoriConfig;
import org.yomitori.extract.DocumentExtractor;
import org.yomitori.extract.PipelineExtractor;
import org.yomitori.intake.IntakeResult;
import org.yomitori.intake.IntakeService;
import org.yomitori.reading.ReadingService;
import org.yomitori.render.PageRenderer;
import org.yomitori.render.RenderSettings;
import org.yomitori.review.ReviewService;
import org.yomitori.samples.ScanWriter;
import org.yomitori.storage.Database;
import org.yomitori.storage.ReviewDocument;
import org.yomitori.storage.ReviewRepository;
import org.yomitori.template.TemplateRegistry;
import org.yomitori.testing.MutableClock;
import org.yomitori.testing.ScanFixtures;
import org.yomitori.testing.TestConfigs;

/**
 * A verification station under test: real H2, the real intake and reading stages (Tesseract), the
 * review service and the web server on a free port, all on a clock the test moves. Scans are
 * dropped and read synchronously, so a test knows its documents exist when {@link #drop} returns.
 */
final class Station implements AutoCloseable {
    static final Instant START = Instant.parse("2025-04-01T01:00:00Z");

    final MutableClock clock = new MutableClock(START, ZoneId.of("Asia/Tokyo"));
    final YomitoriConfig config;
    final DataLayout layout;
    final Database db;
    final Accounts accounts;
    final ReviewService review;
    final WebServer web;
    private final IntakeService intake;
    private final ReadingService reading;

    /**
     * @param reader    reads the scans dropped (its templates decide what is identified)
     * @param templates what verifiers may pick from and the web shows
     */
    Station(Path dir, PipelineExtractor reader, TemplateRegistry templates, String... settings) throws Exception {
        config = TestConfigs.inFolder(dir.resolve("data"), settings);
        layout = config.layout();
        layout.create(config.intake().channels());
        db = Database.open(config.db().url(), "sa", "");
        review = new ReviewService(db, templates, reader::readAs, layout, config.review(),
                config.reading().cropMarginPx(), clock);
        intake = new IntakeService(layout, true, new PageRenderer(RenderSettings.defaults()), db, clock);
        reading = reader(reader);
        accounts = new Accounts(db, config.auth(), clock);
        web = WebServer.start(config, db, templates, review, accounts, clock);
    }

    private ReadingService reader(DocumentExtractor extractor) {
        return new ReadingService(extractor, db, layout, config.reading(), clock, review.afterStore());
    }

    /** Drops a one-page scan into a channel, takes it in and reads it; returns its documents. */
    List<ReviewDocument> drop(String channel, String name, BufferedImage page) throws Exception {
        long scanId = takeIn(channel, ScanFixtures.scan(inbox(channel).resolve(name), page, ScanWriter.Format.PNG))
                .scanId();
        reading.read(scanId);
        return db.read(c -> new ReviewRepository().forScan(c, scanId));
    }

    Path inbox(String channel) {
        return config.intake().channels().stream().filter(c -> c.name().equals(channel)).findFirst().orElseThrow()
                .folder();
    }

    /** What the intake route does with a file that appeared in a channel's folder. */
    IntakeResult takeIn(String channel, Path file) throws Exception {
        return intake.accept(file, channel);
    }

    ReadingService.Outcome read(long scanId) throws Exception {
        return reading.read(scanId);
    }

    /** A reading that failed unexpectedly: the route hands the failure to the reading stage. */
    void failWhileReading(long scanId) throws Exception {
        db.transaction(c -> new org.yomitori.storage.ScanRepository().claim(c, scanId, clock.instant()));
        reading.fail(scanId, new IllegalStateException("a bug met while reading"));
    }

    ReviewDocument document(String id) {
        return db.read(c -> new ReviewRepository().find(c, id)).orElseThrow();
    }

    Api api() {
        return new Api(web.port());
    }

    /** Creates the first administrator with the setup token and returns them logged in. */
    Api admin() throws Exception {
        Api admin = api();
        String token = accounts.startSetup().orElseThrow();
        admin.setup(token, "admin", Api.PASSWORD);
        return admin;
    }

    /** An account of {@code role} created by {@code admin}, logged in. */
    Api user(Api admin, String name, String role) throws Exception {
        admin.createUser(name, role);
        Api user = api();
        user.login(name, Api.PASSWORD);
        return user;
    }

    @Override
    public void close() {
        web.close();
        db.close();
    }
}
