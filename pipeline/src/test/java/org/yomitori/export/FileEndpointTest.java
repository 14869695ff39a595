package org.yomitori.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.testing.Releases;
import org.yomitori.testing.ScanFixtures;

/** File endpoints on stored documents: exact bytes, encodings, windows, dead letters and re-drive. */
class FileEndpointTest {
    private static final Charset SJIS = Charset.forName("Shift_JIS");
    private static final Charset CP932 = Charset.forName("windows-31j");
    private static final Map<String, Object> HANAKO = Map.of("application_date", "2019-05-01",
            "applicant_name", "山田 花子", "applicant_birth_date", "1989-01-08", "cert_juminhyo", true,
            "requester_relation", "本人");

    @TempDir
    Path dir;
    private ExportFixture fx;
    private DeliveryService service;

    @BeforeEach
    void open() {
        fx = new ExportFixture(dir);
    }

    @AfterEach
    void close() {
        if (service != null) {
            service.close();
        }
        fx.close();
    }

    private static String csvEndpoint(String id, String encoding, String extra) {
        return """
                id: %s
                template: juminhyo_request
                %s
                file:
                  folder: out/%s
                  format: csv
                  encoding: %s
                columns:
                  - {name: 受付番号, meta: document_id}
                  - {name: 申請日, field: application_date, date: wareki}
                  - {name: 氏名, field: applicant_name}
                  - {name: 生年月日, field: applicant_birth_date, date: yyyyMMdd}
                  - {name: 住民票, field: cert_juminhyo, checked: "○", unchecked: ""}
                  - {name: 関係, field: requester_relation}
                  - {name: 備考, value: "窓口,郵送"}
                """.formatted(id, extra, id, encoding);
    }

    private String release(Map<String, ?> values) {
        String id = Releases.store(fx.db, ExportFixture.TEMPLATES.byId(ScanFixtures.JUMINHYO).orElseThrow(), values,
                "complete", fx.clock.instant());
        Releases.verifyAndRelease(fx.db, id, Map.of(), fx.clock.instant());
        return id;
    }

    private List<Path> files(String endpoint) throws IOException {
        Path folder = fx.exportFolder("out/" + endpoint);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aShiftJisCsvRecordIsWrittenByteForByteWithCrlfAndWarekiGannen() throws Exception {
        fx.endpoint("sjis", csvEndpoint("sjis", "Shift_JIS", ""));
        service = fx.service();
        String id = release(HANAKO);

        assertEquals(1, service.deliverDue());

        String expected = "受付番号,申請日,氏名,生年月日,住民票,関係,備考\r\n"
                + id + ",令和元年5月1日,山田 花子,19890108,○,本人,\"窓口,郵送\"\r\n";
        Path file = fx.exportFolder("out/sjis").resolve("sjis_" + id + ".csv");
        assertArrayEquals(expected.getBytes(SJIS), Files.readAllBytes(file));
        assertEquals(expected, new String(Files.readAllBytes(file), SJIS));
        assertEquals(List.of(file), files("sjis"));
        assertEquals("delivered", fx.outboxState(id));
        assertEquals(0, service.deliverDue(), "a delivered record is not sent again");
    }

    @Test
    void aCharacterShiftJisCannotHoldSendsTheRecordToTheDeadLettersNamingRecordAndField() throws Exception {
        fx.endpoint("sjis", csvEndpoint("sjis", "Shift_JIS", ""));
        service = fx.service();
        String yoshida = release(Map.of("applicant_name", "𠮷田 太郎"));
        String takahashi = release(Map.of("applicant_name", "髙橋 一郎"));
        String plain = release(Map.of("applicant_name", "田中 次郎"));

        assertEquals(1, service.deliverDue());

        List<DeadLetter> dead = service.deadLetters();
        assertEquals(Set.of(takahashi, yoshida), dead.stream().map(DeadLetter::documentId).collect(Collectors.toSet()),
                "髙 is in CP932 but not in JIS X 0208 Shift_JIS; 𠮷 is in neither");
        DeadLetter first = dead.stream().filter(d -> d.documentId().equals(yoshida)).findFirst().orElseThrow();
        assertEquals("unencodable", first.errorCode());
        assertEquals("applicant_name", first.errorField());
        assertEquals("document " + yoshida + ", field 'applicant_name' (column 氏名): character 1 of 5 cannot be "
                + "written in Shift_JIS", first.message());
        assertFalse(first.message().contains("𠮷"), "the value itself stays out of the message");
        assertEquals(List.of(fx.exportFolder("out/sjis").resolve("sjis_" + plain + ".csv")), files("sjis"),
                "nothing is written for the refused records");
        assertEquals("dead", fx.outboxState(yoshida));
    }

    @Test
    void cp932HoldsTheVendorCharactersShiftJisLacks() throws Exception {
        fx.endpoint("cp932", csvEndpoint("cp932", "CP932", ""));
        service = fx.service();
        String id = release(Map.of("applicant_name", "髙橋 﨑子"));

        assertEquals(1, service.deliverDue());

        byte[] bytes = Files.readAllBytes(fx.exportFolder("out/cp932").resolve("cp932_" + id + ".csv"));
        assertTrue(new String(bytes, CP932).contains(",髙橋 﨑子,"));
        assertTrue(service.deadLetters().isEmpty());
    }

    @Test
    void aDeadDeliveryIsRedrivenAfterTheValueWasCorrected() throws Exception {
        fx.endpoint("sjis", csvEndpoint("sjis", "Shift_JIS", ""));
        service = fx.service();
        String id = release(Map.of("applicant_name", "𠮷田 太郎"));
        service.deliverDue();
        long deliveryId = service.deadLetters().get(0).id();
        Releases.verifyAndRelease(fx.db, id, Map.of("applicant_name", "吉田 太郎"), fx.clock.instant());

        assertTrue(service.redrive(deliveryId));
        assertEquals("pending", fx.outboxState(id));
        assertEquals(1, service.deliverDue());

        assertTrue(service.deadLetters().isEmpty());
        assertEquals("delivered", fx.outboxState(id));
        String csv = Files.readString(fx.exportFolder("out/sjis").resolve("sjis_" + id + ".csv"), SJIS);
        assertTrue(csv.contains(",吉田 太郎,"));
        assertFalse(service.redrive(deliveryId), "only a dead delivery can be re-driven");
    }

    @Test
    void aWindowHoldsDeliveriesAndSendsThemAsOneBatchFile() throws Exception {
        fx.endpoint("batch", csvEndpoint("batch", "UTF-8", "window: [\"0 0 12 ? * MON-FRI\", \"0 30 17 ? * MON-FRI\"]")
                .replace("  format: csv", "  format: csv\n  per: batch\n  line_ending: LF"));
        service = fx.service();
        String a = release(Map.of("applicant_name", "山田 花子"));
        String b = release(Map.of("applicant_name", "田中 次郎"));

        assertEquals(0, service.deliverDue());
        assertEquals(Map.of("held", 2, "pending", 0, "delivered", 0, "dead", 0), service.counts());
        assertEquals(Map.of("batch", List.of("0 0 12 ? * MON-FRI", "0 30 17 ? * MON-FRI")), service.windows());

        assertEquals(2, service.deliverWindow("batch"));

        List<Path> written = files("batch");
        assertEquals(1, written.size());
        assertEquals("batch_20250401-100000-1.csv", written.get(0).getFileName().toString());
        List<String> lines = Files.readAllLines(written.get(0), StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).startsWith(a + ",") && lines.get(2).startsWith(b + ","));
        assertFalse(Files.readString(written.get(0)).contains("\r"), "LF line endings as configured");
    }

    @Test
    void recordsHeldForAWindowTheEndpointNoLongerHasAreDeliveredAfterTheRestart() throws Exception {
        fx.endpoint("utf8", csvEndpoint("utf8", "UTF-8", "window: \"0 0 12 ? * MON-FRI\""));
        service = fx.service();
        String id = release(HANAKO);
        assertEquals(0, service.deliverDue());
        service.close();

        fx.endpoint("utf8", csvEndpoint("utf8", "UTF-8", ""));
        service = fx.service();

        assertEquals(1, service.deliverDue());
        assertEquals("delivered", fx.outboxState(id));
    }

    @Test
    void aFailedWriteIsRetriedWithExponentialBackOffThenGivenUp() throws Exception {
        fx.endpoint("sjis", csvEndpoint("sjis", "Shift_JIS", ""));
        Files.createDirectories(fx.exportFolder("out"));
        Files.writeString(fx.exportFolder("out/sjis"), "a file where the folder should be");
        service = fx.service();
        String id = release(HANAKO);

        assertEquals(0, service.deliverDue());
        fx.clock.advance(Duration.ofMillis(999));
        assertEquals(0, service.deliverDue());
        assertEquals(Map.of("held", 0, "pending", 1, "delivered", 0, "dead", 0), service.counts());
        fx.clock.advance(Duration.ofMillis(1));
        service.deliverDue(); // second attempt after 1 s
        fx.clock.advance(Duration.ofMillis(1999));
        service.deliverDue();
        assertTrue(service.deadLetters().isEmpty(), "the third attempt waits 2 s");
        fx.clock.advance(Duration.ofMillis(1));
        service.deliverDue();

        DeadLetter dead = service.deadLetters().get(0);
        assertEquals(id, dead.documentId());
        assertEquals("retries_exhausted", dead.errorCode());
        assertEquals(3, dead.attempts());
        assertTrue(dead.message().startsWith("gave up after 3 attempts; last: file error"), dead.message());
    }
}
