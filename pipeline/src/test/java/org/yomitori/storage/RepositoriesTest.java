package org.yomitori.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repositories on a real H2 file database, migrated by Flyway. */
class RepositoriesTest {
    private static final Instant T0 = Instant.parse("2025-04-01T00:00:00Z");
    private static final String SHA = "a".repeat(64);

    @TempDir
    Path dir;
    private Database db;
    private final ScanRepository scans = new ScanRepository();
    private final DocumentRepository documents = new DocumentRepository();
    private final EventRepository events = new EventRepository();

    @BeforeEach
    void open() {
        db = open(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Database open(Path dir) {
        return Database.open("jdbc:h2:file:" + dir.resolve("db/test") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    private static Scan queued(String sha, String name) {
        return new Scan(0, sha, "counter1", name, "archive/aa/" + sha + ".png", null, null, 1234, "png", 1,
                ScanState.QUEUED, null, null, 0, T0, T0, null);
    }

    private long insert(Scan s) {
        return db.transaction(c -> scans.insert(c, s)).orElseThrow();
    }

    @Test
    void aScanIsStoredAndFoundByIdAndHash() {
        long id = insert(queued(SHA, "申請書.png"));
        Scan s = db.read(c -> scans.find(c, id)).orElseThrow();
        assertEquals(queued(SHA, "申請書.png").originalName(), s.originalName());
        assertEquals(ScanState.QUEUED, s.state());
        assertEquals(T0, s.receivedAt());
        assertEquals(1, s.pageCount());
        assertEquals(id, db.read(c -> scans.findBySha256(c, SHA)).orElseThrow().id());
    }

    @Test
    void theSameContentCannotBeStoredTwice() {
        insert(queued(SHA, "a.png"));
        assertTrue(db.transaction(c -> scans.insert(c, queued(SHA, "b.png"))).isEmpty());
        // refused drops carry no hash, and there may be many of them
        Scan refused = new Scan(0, null, "counter1", "x.pdf", null, "error/counter1/x.pdf", null, 0, null, null,
                ScanState.ERROR, "empty", "空 / empty", 0, T0, T0, T0);
        insert(refused);
        insert(refused);
        assertEquals(2, db.read(c -> scans.inState(c, ScanState.ERROR)).size());
    }

    @Test
    void onlyOneReaderCanClaimAQueuedScan() {
        long id = insert(queued(SHA, "a.png"));
        boolean first = db.transaction(c -> scans.claim(c, id, T0));
        boolean second = db.transaction(c -> scans.claim(c, id, T0));
        assertTrue(first);
        assertFalse(second);
        assertEquals(1, db.read(c -> scans.find(c, id)).orElseThrow().attempts());
        assertEquals(List.of(id), db.read(c -> scans.inState(c, ScanState.READING)).stream().map(Scan::id).toList());
        db.transaction(c -> {
            scans.markError(c, id, "corrupt", "壊れています / damaged", "error/counter1/a.png", T0.plusSeconds(5));
            return null;
        });
        Scan s = db.read(c -> scans.find(c, id)).orElseThrow();
        assertEquals(ScanState.ERROR, s.state());
        assertEquals("corrupt", s.reasonCode());
        assertEquals("error/counter1/a.png", s.movedTo());
        assertEquals(T0.plusSeconds(5), s.updatedAt());
    }

    @Test
    void documentsOfAScanAreReplacedWithTheirFieldsAndPages() {
        long id = insert(queued(SHA, "a.png"));
        store(id, "aaaa-0", "aaaa-1");
        store(id, "aaaa-0"); // a second reading replaces the first
        List<StoredDocument> docs = db.read(c -> documents.forScan(c, id));
        assertEquals(List.of("aaaa-0"), docs.stream().map(StoredDocument::id).toList());
        assertEquals(List.of(0, 1), docs.get(0).pages());
        List<StoredField> fields = db.read(c -> documents.fields(c, "aaaa-0"));
        assertEquals(List.of("name", "my_number"), fields.stream().map(StoredField::name).toList());
        assertEquals(List.of("low_confidence", "check_digit"), fields.get(1).reasons());
        assertEquals(List.of(), fields.get(0).reasons());
        assertEquals("\"山田\"", db.read(c -> documents.field(c, "aaaa-0", "name")).orElseThrow().valueJson());
        assertEquals(2, db.read(c -> documents.pages(c, "aaaa-0")).size());
        assertTrue(db.read(c -> documents.pages(c, "aaaa-1")).isEmpty());
    }

    private void store(long scanId, String... ids) {
        db.transaction(c -> {
            documents.deleteForScan(c, scanId);
            for (int i = 0; i < ids.length; i++) {
                String id = ids[i];
                documents.insert(c, new StoredDocument(id, scanId, i, "juminhyo_request", "needs_review", List.of(0, 1),
                        "{}", T0, null));
                documents.insertFields(c, List.of(
                        new StoredField(id, "my_number", "my_number", "\"123456789012\"", "1234 5678 9012", 0.4, "review",
                                List.of("low_confidence", "check_digit"), "images/" + id + "/my_number.png", 1),
                        new StoredField(id, "name", "text", "\"山田\"", "山田", 0.97, "auto", List.of(), null, 0)));
                documents.insertPages(c, List.of(new PageImage(id, 0, "p0.png"), new PageImage(id, 1, "p1.png")));
            }
            return null;
        });
    }

    @Test
    void documentsOfDoneScansWithoutAnOutboxFileAreFound() {
        long id = insert(queued(SHA, "a.png"));
        store(id, "aaaa-0", "aaaa-1");
        assertTrue(db.read(documents::unexported).isEmpty()); // the scan is not done yet
        db.transaction(c -> {
            scans.claim(c, id, T0);
            scans.transition(c, id, ScanState.READING, ScanState.DONE, T0);
            documents.markExported(c, "aaaa-0", T0);
            scans.markReleased(c, id, null, T0);
            return null;
        });
        assertEquals(List.of("aaaa-1"), db.read(documents::unexported).stream().map(StoredDocument::id).toList());
        assertEquals(T0, db.read(c -> scans.find(c, id)).orElseThrow().releasedAt());
    }

    @Test
    void eventsKeepTheirOrderAndSurviveAReopen() {
        long id = insert(queued(SHA, "a.png"));
        db.transaction(c -> {
            events.add(c, id, null, T0, "received", "channel=counter1");
            events.add(c, id, "aaaa-0", T0.plusSeconds(1), "done", "documents=1");
            return null;
        });
        db.close();
        db = open(dir);
        List<Event> trail = db.read(c -> events.forScan(c, id));
        assertEquals(List.of("received", "done"), trail.stream().map(Event::kind).toList());
        assertEquals("aaaa-0", trail.get(1).documentId());
        assertEquals(1, db.read(c -> events.since(c, T0.plusSeconds(1))).size());
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        long id = insert(queued(SHA, "a.png"));
        try {
            db.transaction(c -> {
                documents.insert(c, new StoredDocument("x-0", id, 0, null, "unidentified", List.of(0), "{}", T0, null));
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the insert above must have been rolled back
        }
        assertTrue(db.read(c -> documents.forScan(c, id)).isEmpty());
    }

    @Test
    void aDocumentIsReleasedIntoTheOutboxOnceAndOnlyWithItsTransaction() {
        long id = insert(queued(SHA, "a.png"));
        store(id, "aaaa-0");
        assertThrows(IllegalStateException.class, () -> db.transaction(c -> {
            ReleaseOutbox.enqueue(c, "aaaa-0", T0);
            throw new IllegalStateException("crash before commit");
        }));
        assertEquals(0, outboxRows(), "a rolled-back release leaves nothing behind");
        assertTrue((boolean) db.transaction(c -> ReleaseOutbox.enqueue(c, "aaaa-0", T0)));
        assertFalse((boolean) db.transaction(c -> ReleaseOutbox.enqueue(c, "aaaa-0", T0.plusSeconds(1))));
        assertEquals(1, outboxRows());
    }

    private int outboxRows() {
        return db.read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM release_outbox")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
