package org.yomitori.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Puts a 文字枠 value together from the two reads of its cells. A written cell holds exactly one
 * character, so a read that found one there is preferred to one that found none or two; where
 * the reads still differ, the value's validator (a check digit) may single out one combination.
 */
final class CellChoice {
    /** More differing cells than this are not searched (2^n combinations). */
    static final int MAX_DIFFERING = 6;

    private CellChoice() {
    }

    /** Per cell: the chosen read's text if it is one character, else the other's if that is. */
    static List<String> merge(List<String> chosen, List<String> other, boolean[] written) {
        List<String> out = new ArrayList<>(chosen.size());
        for (int i = 0; i < chosen.size(); i++) {
            String c = chosen.get(i);
            boolean useOther = written[i] && !isOne(c) && isOne(other.get(i));
            out.add(useOther ? other.get(i) : c);
        }
        return out;
    }

    /**
     * The only combination of the two reads' one-character cells whose value passes {@code valid},
     * or empty when none or several do (or too many cells differ to search).
     */
    static Optional<List<String>> resolve(List<String> cells, List<String> other, Predicate<List<String>> valid) {
        List<Integer> differing = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (isOne(cells.get(i)) && isOne(other.get(i)) && !cells.get(i).equals(other.get(i))) {
                differing.add(i);
            }
        }
        if (differing.isEmpty() || differing.size() > MAX_DIFFERING) {
            return Optional.empty();
        }
        List<String> found = null;
        for (int mask = 0; mask < 1 << differing.size(); mask++) {
            List<String> candidate = new ArrayList<>(cells);
            for (int b = 0; b < differing.size(); b++) {
                if ((mask & 1 << b) != 0) {
                    candidate.set(differing.get(b), other.get(differing.get(b)));
                }
            }
            if (valid.test(candidate)) {
                if (found != null) {
                    return Optional.empty();
                }
                found = candidate;
            }
        }
        return Optional.ofNullable(found);
    }

    static boolean isOne(String s) {
        return s != null && s.codePointCount(0, s.length()) == 1;
    }
}
