package org.yomitori.calibrate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.yomitori.template.FieldType;

/**
 * Chooses thresholds from fields whose status only the threshold decides (see
 * {@link ScoredField#candidate()}). Thresholds are tried on a grid of 0.01 from 0 up; at threshold
 * {@code t} the fields of confidence ≥ t are accepted, {@code k} of {@code n} of them wrong.
 *
 * <ol>
 * <li><b>Own:</b> a type's threshold is the lowest {@code t} at which the one-sided Clopper-Pearson
 * upper bound (at {@code level}) of its accepted-error rate is at most {@code target}.</li>
 * <li><b>Family:</b> readers of one kind (marks; digit strings; words and dates) share how they score
 * confidence, so a type too rare to bound on its own may use its family's pooled threshold (found
 * the same way), raised until the type's own accepted-error rate {@code k/n} is within the target.
 * The lower of the two is kept.</li>
 * <li>Each threshold found is then raised as far as it accepts the same fields, so it never reaches
 * down into confidences no sample was seen at.</li>
 * <li>A type neither bounds gets 1 (only certain readings pass); a type without samples in a family
 * without samples gets nothing (the template default stays).</li>
 * <li><b>Field:</b> a template field with at least {@code minFieldSamples} accepted at its type's
 * threshold, whose accepted-error rate is clearly above the target (the lower bound at
 * {@code fieldLevel} exceeds it), is raised to the lowest {@code t} where its own rate is within the
 * target. Fields are never made looser than their type: a few dozen samples cannot show a rate of
 * 0.5 %.</li>
 * </ol>
 *
 * @param target          the accepted-error rate to keep under, e.g. 0.005
 * @param level           confidence of the upper bound, e.g. 0.8
 * @param fieldLevel      confidence of the lower bound that singles out a field, e.g. 0.95
 * @param minFieldSamples accepted fields a template field needs before it is looked at on its own
 */
record ThresholdRule(double target, double level, double fieldLevel, int minFieldSamples) {
    static final ThresholdRule DEFAULT = new ThresholdRule(0.005, 0.80, 0.95, 20);
    private static final int GRID = 100;

    ThresholdRule {
        if (!(target > 0 && target < 1 && level > 0 && level < 1 && fieldLevel > 0 && fieldLevel < 1)) {
            throw new IllegalArgumentException("target and confidence levels must lie strictly between 0 and 1");
        }
    }

    ThresholdTable choose(List<ScoredField> fields) {
        List<ScoredField> candidates = fields.stream().filter(ScoredField::candidate).toList();
        Map<String, List<ScoredField>> byType = candidates.stream().collect(Collectors.groupingBy(ScoredField::type));
        Map<String, ThresholdTable.Choice> types = new HashMap<>();
        for (FieldType type : FieldType.values()) {
            List<ScoredField> own = byType.getOrDefault(type.id(), List.of());
            List<ScoredField> family = candidates.stream().filter(f -> familyOf(f.type()) == family(type)).toList();
            ThresholdTable.Choice c = chooseType(own, family);
            if (c != null) {
                types.put(type.id(), c);
            }
        }
        Map<String, ThresholdTable.Choice> perField = new HashMap<>();
        candidates.stream().collect(Collectors.groupingBy(f -> f.form() + "/" + f.field())).forEach((key, fs) -> {
            ThresholdTable.Choice type = types.get(fs.get(0).type());
            if (type != null) {
                ThresholdTable.Choice c = chooseField(fs, type.threshold());
                if (c != null) {
                    perField.put(key, c);
                }
            }
        });
        return new ThresholdTable(types, perField);
    }

    private ThresholdTable.Choice chooseType(List<ScoredField> own, List<ScoredField> family) {
        if (own.isEmpty() && family.isEmpty()) {
            return null;
        }
        int ownStep = tighten(own, lowest(0, t -> bound(own, t) <= target));
        int familyStep = tighten(family, lowest(0, t -> bound(family, t) <= target));
        int viaFamily = familyStep < 0 ? -1 : tighten(own, lowest(familyStep, t -> withinTarget(own, t)));
        if (ownStep < 0 && viaFamily < 0) {
            return choice(own, GRID, ThresholdTable.Basis.NONE, own);
        }
        if (viaFamily < 0 || (ownStep >= 0 && ownStep <= viaFamily)) {
            return choice(own, ownStep, ThresholdTable.Basis.OWN, own);
        }
        return choice(own, viaFamily, ThresholdTable.Basis.FAMILY, family);
    }

    private ThresholdTable.Choice chooseField(List<ScoredField> fs, double typeThreshold) {
        int from = step(typeThreshold);
        int[] nk = count(fs, from);
        if (nk[0] < minFieldSamples || BinomialBounds.lower(nk[1], nk[0], fieldLevel) <= target) {
            return null;
        }
        return choice(fs, tighten(fs, lowest(from + 1, t -> withinTarget(fs, t))), ThresholdTable.Basis.FIELD, fs);
    }

    /** @param basisSet the samples the choice rests on: the type's own, or its family's */
    private ThresholdTable.Choice choice(List<ScoredField> fs, int step, ThresholdTable.Basis basis,
                                         List<ScoredField> basisSet) {
        int s = step < 0 ? GRID : step;
        int[] nk = count(fs, s);
        return new ThresholdTable.Choice(threshold(s), basis, fs.size(), nk[0], nk[1], bound(basisSet, s));
    }

    private double bound(List<ScoredField> fs, int step) {
        int[] nk = count(fs, step);
        return BinomialBounds.upper(nk[1], nk[0], level);
    }

    private boolean withinTarget(List<ScoredField> fs, int step) {
        int[] nk = count(fs, step);
        return nk[1] <= target * nk[0];
    }

    /** @return {accepted, wrong} at grid step {@code step}, deciding like the field readers */
    static int[] count(List<ScoredField> fs, int step) {
        double t = threshold(step);
        int n = 0;
        int k = 0;
        for (ScoredField f : fs) {
            if (!(f.confidence() < t)) {
                n++;
                k += f.correct() ? 0 : 1;
            }
        }
        return new int[] {n, k};
    }

    /**
     * Raises a threshold as long as it accepts the same fields: just below the lowest confidence it
     * accepts, so it never reaches down into confidences no sample was seen at.
     */
    private static int tighten(List<ScoredField> fs, int step) {
        if (step < 0) {
            return step;
        }
        int accepted = count(fs, step)[0];
        int s = step;
        while (accepted > 0 && s < GRID && count(fs, s + 1)[0] == accepted) {
            s++;
        }
        return s;
    }

    private static int lowest(int from, Predicate<Integer> ok) {
        for (int s = from; s <= GRID; s++) {
            if (ok.test(s)) {
                return s;
            }
        }
        return -1;
    }

    static double threshold(int step) {
        return step / (double) GRID;
    }

    static int step(double threshold) {
        return (int) Math.round(threshold * GRID);
    }

    /** Readers of one kind: marks (image analysis), digit strings, and words and dates. */
    enum Family { MARKS, DIGITS, WORDS, UNKNOWN }

    static Family family(FieldType type) {
        return type.isMark() ? Family.MARKS : type.isDigitLike() ? Family.DIGITS : Family.WORDS;
    }

    static Family familyOf(String typeId) {
        try {
            return family(FieldType.fromId(typeId));
        } catch (IllegalArgumentException e) {
            return Family.UNKNOWN;
        }
    }
}
