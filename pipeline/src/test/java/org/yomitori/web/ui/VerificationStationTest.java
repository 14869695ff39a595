package org.yomitori.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.yomitori.testing.ScanFixtures;

/**
 * The verification station in a real browser against the real service: first-start setup, users,
 * login, verifying a document with the keyboard only, rejecting one, picking the form of an
 * unidentified one, the released record, the audit trail and the clerk's status page. One service
 * and one browser are shared by the ordered tests of this class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VerificationStationTest {
    private static final String VERIFIER = "suzuki";
    private static final String PASSWORD = "correct horse battery";
    private static final String OVERRIDE_REASON = "申請者に電話で確認済み";

    @TempDir
    static Path dir;
    @RegisterExtension
    final Evidence evidence = new Evidence(() -> this.browser);
    private StationApp service;
    private Browser browser;
    private Station station;
    private ApiClient api;
    private String verified;
    private String unidentified;
    private String withMyNumber;

    @BeforeAll
    void start() throws Exception {
        Browser.assumeInstalled();
        service = StationApp.start(dir);
        // dropped first so that reading runs while the accounts are set up
        service.dropFilledForm("counter1", "申請書-確認.png", 1);
        service.dropPlainPage("counter1", "様式不明.png");
        service.dropMyNumberForm("scanner1", "児童手当.png");
        ScanFixtures.corruptPng(service.inbox("counter1").resolve("broken.png"));
        browser = Browser.open(service.port());
        station = new Station(browser);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    @Order(1)
    void theFirstStartAsksForTheConsoleTokenAndCreatesTheAdministrator() throws Exception {
        browser.go("/");
        browser.waitForPath("/setup.html");
        assertEquals("token", browser.focusedId());
        browser.type(service.setupToken(), Keys.TAB, "admin", Keys.TAB, PASSWORD, Keys.TAB, PASSWORD, Keys.ENTER);
        browser.waitForPath("/admin.html");
        browser.waitForText("table.users", "admin");
        api = new ApiClient(service.port()).login("admin", PASSWORD);
        assertEquals(false, api.get("/api/setup").path("needed").asBoolean(true));
    }

    @Test
    @Order(2)
    void theAdministratorAddsAUserAndChangesTheirRole() {
        browser.find("#new-username").sendKeys(VERIFIER);
        browser.find("#new-password").sendKeys(PASSWORD);
        new Select(browser.find("#new-role")).selectByValue("clerk");
        browser.find("#new-password").sendKeys(Keys.ENTER);
        browser.waitForText("table.users", VERIFIER);
        Select role = new Select(browser.find("table.users tbody tr:last-child select"));
        assertEquals("clerk", role.getFirstSelectedOption().getAttribute("value"));
        role.selectByValue("verifier");
        browser.waitFor("role saved", b -> b.text("#flash").contains("保存しました"));
        assertEquals("verifier", new Select(browser.find("table.users tbody tr:last-child select"))
                .getFirstSelectedOption().getAttribute("value"));
    }

    @Test
    @Order(3)
    void aVerifierLogsInAndSeesTheQueueOldestFirst() throws Exception {
        browser.find("#logout").sendKeys(Keys.ENTER);
        browser.waitForPath("/login.html");
        browser.waitFor("login form", b -> "username".equals(b.focusedId()));
        browser.type(VERIFIER, Keys.TAB, PASSWORD, Keys.ENTER);
        browser.waitForPath("/queue.html");
        verified = service.awaitQueued(api, "申請書-確認.png").path("documentId").asText();
        unidentified = service.awaitQueued(api, "様式不明.png").path("documentId").asText();
        withMyNumber = service.awaitQueued(api, "児童手当.png").path("documentId").asText();
        browser.waitFor("three queued documents", b -> b.findAll("table.queue tbody tr").size() == 3);
        assertTrue(browser.text("#current-user").startsWith(VERIFIER));
        assertEquals("start", browser.focusedId());
    }

    @Test
    @Order(4)
    void aDocumentIsVerifiedWithTheKeyboardOnlyAndTheNextOneIsClaimed() throws Exception {
        browser.go("/verify.html?id=" + verified);
        station.awaitField();
        station.assertFitsTheScreen();
        String first = station.field();
        browser.type(Keys.TAB);
        assertNotEquals(first, station.field());
        browser.type(Keys.SHIFT, Keys.TAB);
        assertEquals(first, station.field());
        Map<String, Runnable> actions = Map.of(
                "applicant_name", () -> station.replace("山田 太郎"),
                "application_date", () -> station.replaceAndPreview("令和7年4月1日", "2025-04-01"),
                "applicant_postal_code", () -> station.override("12-34", OVERRIDE_REASON),
                "applicant_phone", () -> browser.type(Keys.F8),
                "requester_relation", () -> browser.type("2", Keys.ENTER),
                "cert_juminhyo", () -> browser.type(Keys.SPACE, Keys.ENTER));
        station.verifyAll(verified, actions);
        browser.waitFor("the next document claimed and shown (its fields, or the form picker)",
                b -> !b.path().contains(verified) && (station.field() != null || b.find("#picker").isDisplayed()));

        JsonNode record = api.get("/api/documents/" + verified + "/record");
        JsonNode fields = record.path("fields");
        assertEquals("山田 太郎", fields.path("applicant_name").path("value").asText());
        assertEquals("2025-04-01", fields.path("application_date").path("value").asText());
        assertEquals("12-34", fields.path("applicant_postal_code").path("value").asText());
        assertEquals("", fields.path("applicant_phone").path("value").asText());
        assertEquals("同一世帯の方", fields.path("requester_relation").path("value").asText());
        fields.forEach(f -> assertTrue(Set.of("verified", "auto").contains(f.path("status").asText()), f.toString()));
    }

    @Test
    @Order(5)
    void anUnidentifiedDocumentGetsItsFormPickedAndIsThenVerified() throws Exception {
        browser.go("/verify.html?id=" + unidentified);
        browser.waitFor("the form picker", b -> b.find("#picker").isDisplayed() && "picker-list".equals(b.focusedId()));
        List<String> forms = browser.findAll("#picker-list li").stream().map(e -> e.getAttribute("data-template")).toList();
        assertEquals(Set.of(StationApp.FORM, StationApp.MY_NUMBER_FORM), Set.copyOf(forms));
        browser.type(String.valueOf(forms.indexOf(StationApp.FORM) + 1), Keys.ENTER);
        station.awaitField();
        assertEquals(StationApp.FORM, api.get("/api/documents/" + unidentified).path("template").asText());
        station.verifyAll(unidentified, Map.of());
        assertEquals("released", api.get("/api/documents/" + unidentified).path("status").asText());
    }

    @Test
    @Order(6)
    void aMyNumberIsShownMaskedToAVerifierWhoMayNotSeeIt() {
        browser.go("/verify.html?id=" + withMyNumber);
        station.awaitField();
        for (int i = 0; i < 40 && !"claimant_my_number".equals(station.field()); i++) {
            browser.type(Keys.TAB);
        }
        assertEquals("claimant_my_number", station.field());
        String shown = browser.text("#machine-value");
        assertTrue(shown.matches("\\*+\\d{0,4}") || shown.equals("—"), shown);
        assertTrue(browser.find("#value-input").getAttribute("class").contains("masked"));
        assertTrue(browser.findAll("#crop img").isEmpty(), "no crop of a My Number");
        assertTrue(!browser.driver().getPageSource().contains(StationApp.MY_NUMBER), "the digits never reach the page");
    }

    @Test
    @Order(7)
    void aDocumentIsRejectedWithAReasonThatReachesTheClerk() throws Exception {
        assertEquals(withMyNumber, browser.path().replaceAll(".*id=([^&]+).*", "$1"), "still on the document");
        browser.type(Keys.F9);
        browser.waitFor("the reject dialog", b -> b.find("#reject-dialog").isDisplayed());
        browser.type("2", Keys.ENTER);
        browser.waitFor("moved on", b -> !b.path().contains(withMyNumber) || !b.findAll("#all-done:not([hidden])").isEmpty());
        assertEquals("rejected", api.get("/api/documents/" + withMyNumber).path("status").asText());

        browser.go("/status.html?channel=scanner1");
        browser.waitForText("table.scans", "児童手当.png");
        assertTrue(browser.text("table.scans").contains("スキャンが読めない"), browser.text("table.scans"));
    }

    @Test
    @Order(8)
    void theStatusPageShowsTheErrorFolderAndReSubmitsAFile() {
        browser.go("/status.html?channel=counter1");
        browser.waitForText("table.errors", "broken.png");
        assertTrue(browser.text("table.errors").contains("壊れて"), browser.text("table.errors"));
        browser.waitForText("table.scans", "broken.png");
        assertEquals(1, rowsNaming("table.scans", "broken.png"));
        browser.find("table.errors button.resubmit").sendKeys(Keys.ENTER);
        browser.waitForText("#flash", "broken.png");
        browser.waitFor("the file read again", b -> rowsNaming("table.scans", "broken.png") == 2);
    }

    /** Counted in the page in one go: the status page replaces its tables every few seconds. */
    private int rowsNaming(String table, String file) {
        return ((Number) browser.js("return [...document.querySelectorAll(arguments[0] + ' tbody tr')]"
                + ".filter(r => r.textContent.includes(arguments[1])).length", table, file)).intValue();
    }

    @Test
    @Order(9)
    void theHistoryPageShowsWhoChangedWhatAndWhy() {
        browser.go("/document.html?id=" + verified);
        browser.waitForText("table.history", VERIFIER);
        String history = browser.text("table.history");
        assertTrue(history.contains("山田 太郎"), history);
        assertTrue(history.contains(OVERRIDE_REASON), history);
        assertTrue(browser.text("#summary").contains("確定"), browser.text("#summary"));
    }

    @Test
    @Order(10)
    void theLanguageSwitchIsRememberedAcrossPages() {
        browser.go("/status.html");
        browser.waitForText("#lang-toggle", "English");
        browser.find("#lang-toggle").sendKeys(Keys.ENTER);
        browser.waitForText("#nav", "Reading status");
        browser.go("/queue.html");
        browser.waitForText("#start", "Start");
        browser.find("#lang-toggle").sendKeys(Keys.ENTER);
        browser.waitForText("#start", "確認を開始");
    }
}
