package org.yomitori.imaging;

import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.yomitori.template.Template;

/**
 * Registers a scanned page to its template's reference image and warps it into the reference's
 * pixel grid. Coarse: ORB features at 75 dpi and a MAGSAC homography, which needs no starting
 * guess and copes with shift, scale, rotation (any, including upside down), perspective and
 * uneven light; when the fine check finds it does not explain the page, the similarity fitted to
 * the same matches is checked too (a homography can be a degenerate fit). Fine: distinctive reference patches (anchors) located by correlation at full
 * resolution in small windows resampled through the coarse fit, then a RANSAC homography whose
 * residual is reported; writing, stamps and notes that hide a patch are voted out. The page's dpi is honoured (a 200 dpi scan is scaled
 * up). Thread-safe; each template page's reference is prepared once and shared.
 */
public final class Aligner {
    /** An alignment is trusted when at least this share of all anchors agree… */
    static final double MIN_ANCHOR_SHARE = 0.4;
    /** …and they fit this well (reference pixels, RMS). */
    static final double MAX_RESIDUAL_PX = 1.5;
    /** Fewer agreeing features than this is no evidence of the form; fine matching is skipped. */
    static final int MIN_FEATURE_INLIERS = 20;
    /** Below this share of anchors explained by the homography, the similarity is tried as well… */
    static final double SECOND_OPINION_BELOW = 0.9;
    /**
     * …when at least this many matches agree with it. Its threshold is twice as loose, so chance
     * agreement is likelier: other forms in the same house style reach 20–36 (dev set), while the
     * degenerate-homography page it rescued had 89.
     */
    static final int MIN_SIMILARITY_INLIERS = 2 * MIN_FEATURE_INLIERS;

    private final ReferenceCache references = new ReferenceCache();
    private final CoarseRegistration coarse = new CoarseRegistration();

    public Aligner() {
        Mats.load();
    }

    /** The page warped onto the template page's reference; see {@link AlignedPage}. */
    public AlignedPage align(GrayImage page, Template template, int templatePage) {
        Reference ref = references.get(template, templatePage);
        CoarseRegistration.Fit fit = coarse.fit(page, ref);
        double scale = CoarseRegistration.scaleToReference(page, ref);
        Mat pageMat = Mats.toMat(page);
        Mat out = null;
        try {
            Homography rough = fit != null && Placement.isPlausible(fit.transform(), ref, scale)
                    ? fit.transform() : null;
            Verification v = rough == null ? null : verify(pageMat, rough, ref);
            if (fit != null && (v == null || v.anchorShare() < SECOND_OPINION_BELOW)
                    && similarityUsable(fit, ref, scale)) {
                Verification alt = verify(pageMat, fit.similarity(), ref);
                if (v == null || alt.anchorShare() > v.anchorShare()) {
                    rough = fit.similarity();
                    v = alt;
                }
            }
            Homography h = rough == null ? Placement.centred(page, ref, scale)
                    : v.fit() == null ? rough : rough.after(v.fit().correction());
            out = warp(pageMat, h, ref);
            GrayImage image = Mats.toImage(out, ref.dpi());
            if (v == null || v.fit() == null) {
                return new AlignedPage(image, Double.POSITIVE_INFINITY, false);
            }
            boolean ok = v.anchorShare() >= MIN_ANCHOR_SHARE && v.fit().rmsPx() <= MAX_RESIDUAL_PX;
            return new AlignedPage(image, v.fit().rmsPx(), ok);
        } finally {
            Mats.release(pageMat, out);
        }
    }

    /**
     * Compares the page's printed layout with a template page, to identify the form. Calling this
     * for several templates with the same page object reuses the page's features.
     */
    public LayoutMatch matchLayout(GrayImage page, Template template, int templatePage) {
        Reference ref = references.get(template, templatePage);
        CoarseRegistration.Fit fit = coarse.fit(page, ref);
        if (fit == null) {
            return LayoutMatch.NONE;
        }
        double scale = CoarseRegistration.scaleToReference(page, ref);
        boolean plausible = Placement.isPlausible(fit.transform(), ref, scale);
        LayoutMatch best = new LayoutMatch(0, fit.inliers(), Placement.quarterTurns(fit.transform()), plausible);
        boolean homographyUsable = plausible && fit.inliers() >= MIN_FEATURE_INLIERS;
        boolean similarityUsable = similarityUsable(fit, ref, scale);
        if (!homographyUsable && !similarityUsable) {
            return best;
        }
        Mat pageMat = Mats.toMat(page);
        try {
            if (homographyUsable) {
                best = new LayoutMatch(verify(pageMat, fit.transform(), ref).anchorShare(), fit.inliers(),
                        best.quarterTurns(), true);
            }
            if (best.score() < SECOND_OPINION_BELOW && similarityUsable) {
                double share = verify(pageMat, fit.similarity(), ref).anchorShare();
                if (share > best.score()) {
                    best = new LayoutMatch(share, fit.similarityInliers(), Placement.quarterTurns(fit.similarity()), true);
                }
            }
            return best;
        } finally {
            pageMat.release();
        }
    }

    /**
     * Whether the similarity is worth checking: the homography can be a degenerate fit to matches
     * that happen to line up (along one printed rule), which the similarity cannot be.
     */
    private static boolean similarityUsable(CoarseRegistration.Fit fit, Reference ref, double scale) {
        return fit.similarity() != null && fit.similarityInliers() >= MIN_SIMILARITY_INLIERS
                && Placement.isPlausible(fit.similarity(), ref, scale);
    }

    /** Fine registration result: the correction fit (or null) and the share of anchors it explains. */
    private record Verification(PatchRefiner.Fit fit, double anchorShare) {
    }

    private static Verification verify(Mat page, Homography rough, Reference ref) {
        List<PatchRefiner.Match> matches = PatchRefiner.match(page, rough, ref.anchors(), AnchorFinder.RADIUS);
        PatchRefiner.Fit fit = PatchRefiner.fit(matches);
        double share = fit == null ? 0 : fit.inliers() / (double) Math.max(1, ref.anchors().size());
        return new Verification(fit, share);
    }

    /** The page resampled into the reference's grid through {@code h} (reference → page). */
    static Mat warp(Mat page, Homography h, Reference ref) {
        Mat dst = new Mat();
        Mat m = h.toMat64();
        try {
            Imgproc.warpPerspective(page, dst, m, new Size(ref.width(), ref.height()),
                    Imgproc.INTER_LINEAR | Imgproc.WARP_INVERSE_MAP, Core.BORDER_CONSTANT, new Scalar(255));
            return dst;
        } finally {
            m.release();
        }
    }
}
