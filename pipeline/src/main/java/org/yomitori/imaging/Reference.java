package org.yomitori.imaging;

import java.util.List;

/**
 * A template page's blank reference image, prepared once: its size, the features coarse
 * registration matches and the anchor patches fine registration matches. The image itself is
 * not kept, so many installed templates cost little memory.
 *
 * @param width    reference width in pixels
 * @param height   reference height in pixels
 * @param dpi      the template's resolution
 * @param features ORB features of the reference at {@link #COARSE_SCALE}
 * @param anchors  distinctive points (full-resolution pixels) with the patches matched around them
 */
record Reference(int width, int height, int dpi, Features features, List<AnchorFinder.Anchor> anchors) {
    /** Coarse registration works at a quarter of the template's resolution (75 dpi for 300 dpi forms). */
    static final double COARSE_SCALE = 0.25;
}
