package org.yomitori.intake;

/**
 * What intake did with a dropped file.
 *
 * @param outcome    queued (archived and waiting to be read), duplicate, refused (error folder), or
 *                   resumed (a drop recorded before a crash, now moved out of the drop folder)
 * @param scanId     the scan row recorded for the drop (for a duplicate: the duplicate's own row)
 * @param reasonCode why it was set aside, or null when queued
 */
public record IntakeResult(Outcome outcome, long scanId, String reasonCode) {

    public enum Outcome { QUEUED, DUPLICATE, REFUSED, RESUMED }

    /** True when the scan waits to be read; the route sends it to the reading queue. */
    public boolean queued() {
        return outcome == Outcome.QUEUED;
    }
}
