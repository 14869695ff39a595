package org.yomitori.imaging;

import java.lang.ref.WeakReference;
import org.opencv.core.Mat;

/**
 * Coarse registration of a page to a reference by features at {@link Reference#COARSE_SCALE}.
 * The page's features are remembered per thread for the last page seen, because identification
 * compares one page with every template page in turn.
 */
final class CoarseRegistration {
    /**
     * A full-resolution transform (reference → page) and the feature evidence behind it, and the
     * similarity fitted to the same matches (or null) with its own evidence.
     */
    record Fit(Homography transform, int inliers, int matches, Homography similarity, int similarityInliers) {
    }

    private record Memo(WeakReference<GrayImage> page, double scale, Features features) {
    }

    private final ThreadLocal<Memo> last = new ThreadLocal<>();

    /** The fit, or null when no consistent transform exists. */
    Fit fit(GrayImage page, Reference ref) {
        double scale = scaleToReference(page, ref);
        FeatureRegistration.Result r = FeatureRegistration.register(ref.features(), featuresOf(page, scale));
        if (r == null) {
            return null;
        }
        double pageScale = scale * Reference.COARSE_SCALE;
        Homography full = r.transform().toFull(Reference.COARSE_SCALE, pageScale);
        Homography similarity = r.similarity() == null ? null
                : r.similarity().toFull(Reference.COARSE_SCALE, pageScale);
        return new Fit(full, r.inliers(), r.matches(), similarity, r.similarityInliers());
    }

    private Features featuresOf(GrayImage page, double scale) {
        Memo memo = last.get();
        if (memo != null && memo.page().get() == page && memo.scale() == scale) {
            return memo.features();
        }
        Mat mat = Mats.toMat(page);
        Mat small = Mats.scaled(mat, scale * Reference.COARSE_SCALE);
        try {
            Features features = Features.detect(small);
            last.set(new Memo(new WeakReference<>(page), scale, features));
            return features;
        } finally {
            Mats.release(mat, small);
        }
    }

    /**
     * How much to enlarge the page to reach the reference's resolution: the ratio of the dpis,
     * unless the page's dpi is missing or implausible (the page would come out under half or over
     * twice the reference's size), then the ratio of the long sides.
     */
    static double scaleToReference(GrayImage page, Reference ref) {
        double bySize = (double) Math.max(ref.width(), ref.height()) / Math.max(page.width(), page.height());
        if (page.dpi() <= 0 || ref.dpi() <= 0) {
            return bySize;
        }
        double byDpi = (double) ref.dpi() / page.dpi();
        return byDpi / bySize >= 0.5 && byDpi / bySize <= 2 ? byDpi : bySize;
    }
}
