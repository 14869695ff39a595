package org.yomitori.imaging;

/**
 * How well a page's printed layout matches one template page, without any prior alignment.
 *
 * @param score        share of the template's distinctive layout points (anchors) found in the page
 *                     where one projective transform puts them (0…1); 0 when the features gave no
 *                     plausible placement. A filled-in copy of the form scores far above another form.
 * @param inliers      number of coarse (ORB) feature matches consistent with one transform
 * @param quarterTurns clockwise quarter turns that bring the page upright (0 upright, 2 upside down)
 * @param plausible    whether the transform is a plausible scan of a sheet (scale, shape)
 */
public record LayoutMatch(double score, int inliers, int quarterTurns, boolean plausible) {
    public static final LayoutMatch NONE = new LayoutMatch(0, 0, 0, false);
}
