package org.yomitori.imaging;

/**
 * A scanned page warped onto its template's reference.
 *
 * @param image      the page in the reference's pixel grid (same size and dpi as the reference),
 *                   so template boxes apply directly; uncovered areas are white
 * @param residualPx alignment error in reference pixels: the RMS distance between where the
 *                   reference's anchor patches were found and where the fitted transform puts
 *                   them (over the matches it accepted); infinite when fine registration failed
 * @param ok         whether the alignment can be trusted (enough anchors agree, small residual)
 */
public record AlignedPage(GrayImage image, double residualPx, boolean ok) {
}
