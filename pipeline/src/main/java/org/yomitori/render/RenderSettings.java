package org.yomitori.render;

/**
 * Limits and resolution for turning a scanned file into page images. Input files are hostile, so
 * every dimension that drives memory use is capped.
 *
 * @param pdfDpi           resolution PDF pages are rendered at (the templates' 300 dpi)
 * @param maxPages         a file with more pages is rejected as too_many_pages
 * @param maxFileBytes     a larger file is rejected as too_large before it is opened
 * @param maxPixelsPerPage a page that would be larger is rendered or decoded at a lower resolution
 */
public record RenderSettings(int pdfDpi, int maxPages, long maxFileBytes, long maxPixelsPerPage) {

    public RenderSettings {
        if (pdfDpi < 72 || pdfDpi > 1200) {
            throw new IllegalArgumentException("pdfDpi must be between 72 and 1200, got " + pdfDpi);
        }
        if (maxPages < 1 || maxFileBytes < 1 || maxPixelsPerPage < 1_000_000) {
            throw new IllegalArgumentException("maxPages and maxFileBytes must be positive and "
                    + "maxPixelsPerPage at least 1 Mpx");
        }
    }

    /** 300 dpi, 200 pages, 200 MB, 60 Mpx (an A4 page at 600 dpi is 35 Mpx). */
    public static RenderSettings defaults() {
        return new RenderSettings(300, 200, 200L * 1024 * 1024, 60_000_000L);
    }
}
