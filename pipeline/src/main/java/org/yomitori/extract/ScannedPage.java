package org.yomitori.extract;

import org.yomitori.identify.PageMatch;
import org.yomitori.imaging.AlignedPage;
import org.yomitori.imaging.GrayImage;

/**
 * One page of a scan after the per-page stages.
 *
 * @param normalised the deskewed page (as scanned, possibly upside down)
 * @param match      which template page it is, if any
 * @param aligned    the page warped onto its template page's reference, or null when unmatched
 */
record ScannedPage(GrayImage normalised, PageMatch match, AlignedPage aligned) {
}
