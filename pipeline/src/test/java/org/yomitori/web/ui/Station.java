package org.yomitori.web.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Objects;
import org.openqa.selenium.Keys;

/** The verification screen as a verifier at the keyboard sees it. */
final class Station {
    private static final int MAX_STEPS = 80;
    private final Browser browser;

    Station(Browser browser) {
        this.browser = browser;
    }

    /** The current field's name, or null while none is shown. */
    String field() {
        return (String) browser.js("const li = document.querySelector('#field-list li.current');"
                + " return li && !document.body.classList.contains('picking') ? li.dataset.field : null;");
    }

    boolean showsError() {
        return !browser.findAll("#field-message.error").isEmpty() && !message().isEmpty();
    }

    void awaitField() {
        browser.waitFor("a field to verify", b -> ready());
    }

    /** Types over the machine value (the editor selects it on arrival) and saves. */
    void replace(String value) {
        browser.type(value, Keys.ENTER);
    }

    /** Types a value, waits for the live validation to show its normalised form, then saves. */
    void replaceAndPreview(String value, String preview) {
        browser.type(value);
        browser.waitForText("#validation", preview);
        browser.type(Keys.ENTER);
    }

    /** Types a value that breaks a rule, sees it refused, and saves it anyway with a reason. */
    void override(String value, String reason) {
        String name = field();
        browser.type(value, Keys.ENTER);
        browser.waitFor("the rule refusal", b -> showsError());
        assertTrue(Objects.equals(name, field()), "a refused value keeps the field");
        browser.type(Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.waitFor("the override reason box", b -> "override-reason".equals(b.focusedId()));
        browser.type(reason, Keys.ENTER);
    }

    /**
     * Works through the document's flagged fields until it is released: the action given for a
     * field name, else Enter (the machine value); a value refused by a rule is marked illegible (F8).
     */
    void verifyAll(String documentId, Map<String, Runnable> actions) {
        for (int step = 0; step < MAX_STEPS; step++) {
            browser.waitFor("a field of " + documentId + " or its release", b -> finished(documentId) || ready());
            if (finished(documentId)) {
                return;
            }
            if (!showsError() && !message().isEmpty()) {
                // no flagged field is left: the last save releases the document and the next one is claimed
                browser.waitFor("release of " + documentId, b -> finished(documentId));
                return;
            }
            String name = field();
            Runnable action = showsError() ? () -> browser.type(Keys.F8) : actions.getOrDefault(name, () -> browser.type(Keys.ENTER));
            action.run();
            browser.waitFor("leaving field " + name, b -> finished(documentId) || !Objects.equals(name, field())
                    || !message().isEmpty());
        }
        throw new AssertionError("document " + documentId + " was not released after " + MAX_STEPS + " steps");
    }

    private boolean ready() {
        return field() != null && "value-input".equals(browser.focusedId());
    }

    /** The field's message line (its text even while the panel is hidden). */
    String message() {
        return (String) browser.js("return document.getElementById('field-message').textContent");
    }

    private boolean finished(String documentId) {
        return !browser.path().contains(documentId) || !browser.findAll("#all-done:not([hidden])").isEmpty();
    }

    /** At 1366x768 the page itself does not scroll, and the crop, editor and key hints are in view. */
    void assertFitsTheScreen() {
        Object fits = browser.js("const h = innerHeight, w = innerWidth;"
                + " const inView = id => { const r = document.getElementById(id).getBoundingClientRect();"
                + "   return r.top >= 0 && r.bottom <= h && r.left >= 0 && r.right <= w && r.height > 0; };"
                + " const zone = document.getElementById('zone').getBoundingClientRect();"
                + " const pane = document.getElementById('page-pane').getBoundingClientRect();"
                + " return [document.documentElement.scrollHeight <= h, inView('crop'), inView('value-input'),"
                + "   inView('key-hints'), zone.top >= pane.top && zone.bottom <= pane.bottom && zone.height > 0].join();");
        assertTrue("true,true,true,true,true".equals(fits), "fits the screen (page, crop, editor, hints, zone): " + fits);
    }
}
