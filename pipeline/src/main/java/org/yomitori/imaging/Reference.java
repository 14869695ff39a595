package org.yomitori.imaging;

import java.util.List;

/**
 * A template page's blank reference image, prepared once: the full image, the features coarse
 * registration matches, and the anchor points fine registration matches.
 *
 * @param full     the reference at the template's dpi
 * @param features ORB features of the reference at {@link #COARSE_SCALE}
 * @param anchors  distinctive points (full-resolution pixels) with the patches matched around them
 */
record Reference(GrayImage full, Features features, List<AnchorFinder.Anchor> anchors) {
    /** Coarse registration works at a quarter of the template's resolution (75 dpi for 300 dpi forms). */
    static final double COARSE_SCALE = 0.25;
}
