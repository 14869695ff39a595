package org.yomitori.calibrate;

/**
 * One-sided Clopper-Pearson (exact binomial) bounds on an error rate seen as {@code k} wrong out of
 * {@code n}: the true rate is at most {@link #upper} (at least {@link #lower}) with probability
 * {@code level}. Exact rather than normal-approximated because the rates of interest are near zero,
 * where the Wald and Wilson intervals are too optimistic.
 */
final class BinomialBounds {
    private static final int STEPS = 60;

    private BinomialBounds() {
    }

    static double upper(int k, int n, double level) {
        if (n == 0 || k >= n) {
            return 1;
        }
        double alpha = 1 - level;
        double lo = (double) k / n;
        double hi = 1;
        for (int i = 0; i < STEPS; i++) {
            double mid = (lo + hi) / 2;
            if (cdf(k, n, mid) > alpha) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    static double lower(int k, int n, double level) {
        if (k <= 0 || n == 0) {
            return 0;
        }
        double alpha = 1 - level;
        double lo = 0;
        double hi = (double) k / n;
        for (int i = 0; i < STEPS; i++) {
            double mid = (lo + hi) / 2;
            if (1 - cdf(k - 1, n, mid) < alpha) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** P(X ≤ k) for X ~ Binomial(n, p), summed in log space so large n does not underflow. */
    static double cdf(int k, int n, double p) {
        if (p <= 0) {
            return 1;
        }
        if (p >= 1) {
            return k >= n ? 1 : 0;
        }
        double logRatio = Math.log(p) - Math.log1p(-p);
        double logPmf = n * Math.log1p(-p);
        double sum = 0;
        for (int i = 0; i <= Math.min(k, n); i++) {
            sum += Math.exp(logPmf);
            logPmf += Math.log((double) (n - i) / (i + 1)) + logRatio;
        }
        return Math.min(1, sum);
    }
}
