package org.yomitori.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.config.DataLayout;
import org.yomitori.config.YomitoriConfig;
import org.yomitori.extract.ExtractorSettings;
import org.yomitori.extract.PipelineExtractor;
import org.yomitori.intake.IntakeService;
import org.yomitori.intake.Reason;
import org.yomitori.intake.ReasonFiles;
import org.yomitori.render.PageRenderer;
import org.yomitori.render.RenderSettings;
import org.yomitori.samples.ScanWriter;
import org.yomitori.storage.Database;
import org.yomitori.storage.DocumentRepository;
import org.yomitori.storage.Event;
import org.yomitori.storage.EventRepository;
import org.yomitori.storage.Scan;
import org.yomitori.storage.ScanRepository;
import org.yomitori.storage.ScanState;
import org.yomitori.storage.StorageException;
import org.yomitori.storage.StoredDocument;
import org.yomitori.template.TemplateRegistry;
import org.yomitori.testing.ScanFixtures;

/** ReadingService with the real reading stages on scans taken in by the real intake. */
class ReadingServiceTest {
    private static PipelineExtractor extractor;

    @TempDir
    Path dir;
    private DataLayout layout;
    private Database db;
    private IntakeService intake;
    private ReadingService reading;
    private final ScanRepository scans = new ScanRepository();
    private final DocumentRepository documents = new DocumentRepository();
    private final EventRepository events = new EventRepository();

    @BeforeAll
    static void openExtractor() {
        extractor = new PipelineExtractor(ExtractorSettings.defaults(),
                TemplateRegistry.load(List.of(Path.of("samples/templates"))));
    }

    @AfterAll
    static void closeExtractor() {
        extractor.close();
    }

    @BeforeEach
    void setUp() {
        layout = new DataLayout(dir.resolve("data"));
        db = Database.open("jdbc:h2:file:" + dir.resolve("db/t") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        Clock clock = Clock.systemDefaultZone();
        intake = new IntakeService(layout, true, new PageRenderer(RenderSettings.defaults()), db, clock);
        reading = new ReadingService(extractor, db, layout, new YomitoriConfig.Reading(60_000, 24, 100), clock);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private long queuedForm(String name) throws IOException {
        Path dropped = ScanFixtures.scan(layout.inbox("counter1").resolve(name),
                ScanFixtures.filled(ScanFixtures.template(ScanFixtures.JUMINHYO), ScanFixtures.juminhyoValues()),
                ScanWriter.Format.PNG);
        return intake.accept(dropped, "counter1").scanId();
    }

    private Scan scan(long id) {
        return db.read(c -> scans.find(c, id)).orElseThrow();
    }

    private List<StoredDocument> docs(long id) {
        return db.read(c -> documents.forScan(c, id));
    }

    private List<String> trail(long id) {
        return db.read(c -> events.forScan(c, id)).stream().map(Event::kind).toList();
    }

    @Test
    void aReadScanHasItsRecordFieldsPageImageAndCropsStoredAndItsJsonInTheOutbox() throws IOException {
        long id = queuedForm("a.png");

        assertEquals(ReadingService.Outcome.DONE, reading.read(id));

        assertEquals(ScanState.DONE, scan(id).state());
        StoredDocument doc = docs(id).get(0);
        assertEquals(ScanFixtures.JUMINHYO, doc.template());
        assertNotNull(doc.exportedAt());
        Path outbox = layout.outbox(ScanFixtures.JUMINHYO).resolve(doc.id() + ".json");
        assertEquals(doc.recordJson() + "\n", Files.readString(outbox));
        assertTrue(Files.isRegularFile(layout.images(doc.id()).resolve("page-0.png")));
        assertTrue(Files.isRegularFile(layout.images(doc.id()).resolve("field-applicant_name.png")));
        assertEquals("text", db.read(c -> documents.field(c, doc.id(), "applicant_name")).orElseThrow().type());
        assertEquals(List.of("received", "released", "reading", "document", "done"), trail(id));
    }

    @Test
    void readingTheSameScanAgainReplacesItsDocumentsInsteadOfAddingACopy() throws IOException {
        long id = queuedForm("a.png");
        reading.read(id);
        String firstId = docs(id).get(0).id();
        int fields = db.read(c -> documents.fields(c, firstId)).size();
        db.transaction(c -> scans.transition(c, id, ScanState.DONE, ScanState.QUEUED, Instant.now()));

        assertEquals(ReadingService.Outcome.DONE, reading.read(id));

        assertEquals(List.of(firstId), docs(id).stream().map(StoredDocument::id).toList());
        assertEquals(fields, db.read(c -> documents.fields(c, firstId)).size());
        assertEquals(1, db.read(c -> documents.pages(c, firstId)).size());
    }

    @Test
    void aScanFoundUnreadableWhenReadIsSetAsideInTheErrorFolderWithItsReason() throws IOException {
        long id = queuedForm("申請.png");
        Path archived = layout.resolve(scan(id).archivePath());
        // damaged on disk after intake accepted it
        Files.write(archived, Files.readAllBytes(ScanFixtures.corruptPng(dir.resolve("junk.png"))));

        assertEquals(ReadingService.Outcome.ERROR, reading.read(id));

        Scan s = scan(id);
        assertEquals(ScanState.ERROR, s.state());
        assertEquals("corrupt", s.reasonCode());
        Path copy = layout.error("counter1").resolve("申請.png");
        assertEquals(layout.relative(copy), s.movedTo());
        String reason = Files.readString(ReasonFiles.reasonFileOf(copy));
        assertTrue(reason.contains("受付番号: " + id) && reason.contains("Reason code: corrupt"), reason);
        assertTrue(docs(id).isEmpty());
    }

    @Test
    void aScanThatIsNotQueuedIsSkipped() throws IOException {
        long id = queuedForm("a.png");
        reading.read(id);
        assertEquals(ReadingService.Outcome.SKIPPED, reading.read(id));
        assertEquals(ReadingService.Outcome.SKIPPED, reading.read(9999));
        assertEquals(1, trail(id).stream().filter("done"::equals).count());
    }

    @Test
    void aStorageFailureQueuesTheScanAgainUntilItsAttemptsRunOut() throws IOException {
        long id = queuedForm("a.png");
        for (int attempt = 1; attempt < ReadingService.MAX_ATTEMPTS; attempt++) {
            db.transaction(c -> scans.claim(c, id, Instant.now()));
            reading.fail(id, new StorageException("insert", new java.sql.SQLException("disk full")));
            assertEquals(ScanState.QUEUED, scan(id).state());
        }
        assertEquals(List.of(id), reading.pending());
        db.transaction(c -> scans.claim(c, id, Instant.now()));

        reading.fail(id, new StorageException("insert", new java.sql.SQLException("disk full")));

        assertEquals(ScanState.ERROR, scan(id).state());
        assertEquals(Reason.INTERNAL_ERROR, scan(id).reasonCode());
        assertTrue(Files.isRegularFile(layout.error("counter1").resolve("a.png")));
        assertTrue(reading.pending().isEmpty());
    }

    @Test
    void anUnexpectedBugSetsTheScanAsideAtOnce() throws IOException {
        long id = queuedForm("a.png");
        db.transaction(c -> scans.claim(c, id, Instant.now()));
        reading.fail(id, new IllegalStateException("a bug"));
        assertEquals(ScanState.ERROR, scan(id).state());
    }

    @Test
    void atStartUpInterruptedScansAreQueuedAgainAndMissingOutboxFilesAreWritten() throws IOException {
        long done = queuedForm("a.png");
        reading.read(done);
        StoredDocument doc = docs(done).get(0);
        Path outbox = layout.outbox(doc.template()).resolve(doc.id() + ".json");
        Files.delete(outbox);
        db.transaction(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("UPDATE documents SET exported_at = NULL"); // as if the JVM died right after the commit
            }
        });
        Path second = ScanFixtures.scan(layout.inbox("counter1").resolve("b.png"), ScanFixtures.page("b"),
                ScanWriter.Format.PNG);
        long interrupted = intake.accept(second, "counter1").scanId();
        db.transaction(c -> scans.claim(c, interrupted, Instant.now()));

        assertEquals(1, reading.recoverInterrupted());

        assertEquals(ScanState.QUEUED, scan(interrupted).state());
        assertEquals(List.of(interrupted), reading.pending());
        assertTrue(Files.isRegularFile(outbox));
        assertFalse(db.read(documents::unexported).stream().anyMatch(d -> d.id().equals(doc.id())));
    }
}
