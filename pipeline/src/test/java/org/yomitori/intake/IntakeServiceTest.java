package org.yomitori.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.config.DataLayout;
import org.yomitori.render.PageRenderer;
import org.yomitori.render.RenderSettings;
import org.yomitori.samples.ScanWriter;
import org.yomitori.storage.Database;
import org.yomitori.storage.Event;
import org.yomitori.storage.EventRepository;
import org.yomitori.storage.Scan;
import org.yomitori.storage.ScanRepository;
import org.yomitori.storage.ScanState;
import org.yomitori.testing.ScanFixtures;

/** Intake on real files, the real renderer's inspection and a real H2 database. */
class IntakeServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-04-01T01:02:03Z"), ZoneId.of("Asia/Tokyo"));

    @TempDir
    Path dir;
    private DataLayout layout;
    private Path inbox;
    private Database db;
    private final ScanRepository scans = new ScanRepository();
    private final EventRepository events = new EventRepository();

    @BeforeEach
    void setUp() {
        layout = new DataLayout(dir.resolve("data"));
        inbox = layout.inbox("counter1");
        db = Database.open("jdbc:h2:file:" + dir.resolve("db/t") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private IntakeService intake(boolean keepProcessed) {
        return new IntakeService(layout, keepProcessed, new PageRenderer(RenderSettings.defaults()), db, CLOCK);
    }

    private Scan scan(long id) {
        return db.read(c -> scans.find(c, id)).orElseThrow();
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void aReadableFileIsArchivedByItsHashRecordedAsQueuedAndMovedOutOfTheDropFolder() throws IOException {
        Path dropped = ScanFixtures.png(inbox.resolve("申請書.png"), ScanFixtures.page("one"));
        byte[] bytes = Files.readAllBytes(dropped);
        String sha = ContentHash.sha256(dropped);

        IntakeResult result = intake(true).accept(dropped, "counter1");

        assertTrue(result.queued());
        Scan s = scan(result.scanId());
        assertEquals(ScanState.QUEUED, s.state());
        assertEquals(sha, s.sha256());
        assertEquals("申請書.png", s.originalName());
        assertEquals("png", s.format());
        assertEquals(1, s.pageCount());
        assertEquals("archive/" + sha.substring(0, 2) + "/" + sha + ".png", s.archivePath());
        assertArrayEquals(bytes, Files.readAllBytes(layout.resolve(s.archivePath())));
        assertEquals("processed/counter1/申請書.png", s.movedTo());
        assertNotNull(s.releasedAt());
        assertFalse(Files.exists(dropped));
        assertEquals(List.of("received", "released"),
                db.read(c -> events.forScan(c, s.id())).stream().map(Event::kind).toList());
    }

    @Test
    void withKeepProcessedOffTheDroppedFileIsDeletedOnceArchived() throws IOException {
        Path dropped = ScanFixtures.scan(inbox.resolve("a.jpg"), ScanFixtures.page("two"), ScanWriter.Format.JPEG);
        IntakeResult result = intake(false).accept(dropped, "counter1");
        Scan s = scan(result.scanId());
        assertFalse(Files.exists(dropped));
        assertNull(s.movedTo());
        assertNotNull(s.releasedAt());
        assertEquals("jpeg", s.format());
        assertTrue(s.archivePath().endsWith(".jpg"));
        assertTrue(Files.isRegularFile(layout.resolve(s.archivePath())));
    }

    @Test
    void theSameContentDroppedAgainIsADuplicateThatNamesTheEarlierScan() throws IOException {
        IntakeService intake = intake(true);
        long first = intake.accept(ScanFixtures.png(inbox.resolve("a.png"), ScanFixtures.page("same")), "counter1").scanId();
        Path again = ScanFixtures.png(layout.inbox("scanner1").resolve("b.png"), ScanFixtures.page("same"));

        IntakeResult result = intake.accept(again, "scanner1");

        assertEquals(IntakeResult.Outcome.DUPLICATE, result.outcome());
        Scan dup = scan(result.scanId());
        assertEquals(ScanState.DUPLICATE, dup.state());
        assertEquals(first, dup.duplicateOf());
        assertNull(dup.sha256());
        Path moved = layout.duplicates("scanner1").resolve("b.png");
        assertEquals(layout.relative(moved), dup.movedTo());
        String reason = Files.readString(ReasonFiles.reasonFileOf(moved));
        assertTrue(reason.contains("受付番号 " + first) && reason.contains("scan " + first), reason);
        assertTrue(reason.contains("Reason code: duplicate"), reason);
        assertEquals(1, files(layout.archive()).size(), "no second archive copy");
    }

    @Test
    void aCorruptFileGoesToTheErrorFolderWithAReasonInJapaneseThenEnglish() throws IOException {
        Path dropped = ScanFixtures.corruptPng(inbox.resolve("broken.png"));
        IntakeResult result = intake(true).accept(dropped, "counter1");

        assertEquals(IntakeResult.Outcome.REFUSED, result.outcome());
        Scan s = scan(result.scanId());
        assertEquals(ScanState.ERROR, s.state());
        assertEquals("corrupt", s.reasonCode());
        Path moved = layout.error("counter1").resolve("broken.png");
        assertTrue(Files.isRegularFile(moved));
        String reason = Files.readString(ReasonFiles.reasonFileOf(moved), StandardCharsets.UTF_8);
        assertTrue(reason.startsWith("このファイルは処理されませんでした。\n理由: 壊れたファイル"), reason);
        assertTrue(reason.indexOf("This file was not processed.") > reason.indexOf("受付番号"), reason);
        assertTrue(reason.contains("2025-04-01 10:02:03 JST"), reason);
        assertTrue(reason.contains("Reason code: corrupt"), reason);
        assertEquals("corrupt", ReasonFiles.read(ReasonFiles.reasonFileOf(moved)).orElseThrow().code());
        assertTrue(files(layout.archive()).isEmpty());
    }

    @Test
    void anEmptyFileIsRefusedAsEmpty() throws IOException {
        IntakeResult result = intake(true).accept(ScanFixtures.empty(inbox.resolve("empty.pdf")), "counter1");
        assertEquals("empty", result.reasonCode());
        assertTrue(Files.isRegularFile(ReasonFiles.reasonFileOf(layout.error("counter1").resolve("empty.pdf"))));
    }

    @Test
    void theReasonFileNeverQuotesTheFilesContent() throws IOException {
        Path dropped = ScanFixtures.publish(inbox.resolve("memo.txt"),
                "山田太郎 個人番号 123456789012".getBytes(StandardCharsets.UTF_8));
        assertEquals("unsupported", intake(true).accept(dropped, "counter1").reasonCode());
        String reason = Files.readString(ReasonFiles.reasonFileOf(layout.error("counter1").resolve("memo.txt")));
        assertFalse(reason.contains("123456789012") || reason.contains("山田"), reason);
    }

    @Test
    void aDropRecordedBeforeACrashButNeverMovedIsFinishedNotCalledADuplicate() throws IOException {
        Path dropped = ScanFixtures.png(inbox.resolve("a.png"), ScanFixtures.page("crash"));
        String sha = ContentHash.sha256(dropped);
        Instant t = CLOCK.instant();
        long size = Files.size(dropped);
        long id = db.transaction(c -> scans.insert(c, new Scan(0, sha, "counter1", "a.png", "archive/x.png", null, null,
                size, "png", 1, ScanState.QUEUED, null, null, 0, t, t, null))).orElseThrow();

        IntakeResult result = intake(true).accept(dropped, "counter1");

        assertEquals(id, result.scanId());
        assertTrue(result.queued());
        assertFalse(Files.exists(dropped));
        assertNotNull(scan(id).releasedAt());
        assertEquals(1, db.read(c -> scans.receivedBetween(c, Instant.EPOCH, t.plusSeconds(60))).size());
    }

    @Test
    void anUnexpectedFailureSetsTheFileAsideAsASystemError() throws IOException {
        Path dropped = ScanFixtures.png(inbox.resolve("a.png"), ScanFixtures.page("fail"));
        intake(true).fail(dropped, "counter1", new IOException("disk full"));
        Path moved = layout.error("counter1").resolve("a.png");
        assertTrue(Files.isRegularFile(moved));
        assertEquals(Reason.INTERNAL_ERROR, ReasonFiles.read(ReasonFiles.reasonFileOf(moved)).orElseThrow().code());
        assertEquals(1, db.read(c -> scans.inState(c, ScanState.ERROR)).size());
    }
}
