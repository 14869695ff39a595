package org.yomitori.calibrate;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Pairs the truth documents of one file with its records, as the scorer does: the exact page set
 * first, then the record overlapping most that holds the document's first page, then, for a
 * one-document file, the only record left if it names no pages.
 */
final class RecordMatcher {
    private RecordMatcher() {
    }

    /** @return truth document index to record index; records not among the values are extra */
    static Map<Integer, Integer> match(List<TruthSet.Document> docs, List<RecordView> recs) {
        Map<Integer, Integer> out = new HashMap<>();
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < docs.size(); i++) {
            for (int j = 0; j < recs.size(); j++) {
                if (!used.contains(j) && docs.get(i).pages().equals(recs.get(j).pages())) {
                    out.put(i, j);
                    used.add(j);
                    break;
                }
            }
        }
        for (int i = 0; i < docs.size(); i++) {
            if (!out.containsKey(i)) {
                int j = bestOverlap(docs.get(i).pages(), recs, used);
                if (j >= 0) {
                    out.put(i, j);
                    used.add(j);
                }
            }
        }
        if (docs.size() == 1 && !out.containsKey(0)) {
            List<Integer> free = IntStream.range(0, recs.size()).filter(j -> !used.contains(j)).boxed().toList();
            if (free.size() == 1 && isEmpty(recs.get(free.get(0)).pages())) {
                out.put(0, free.get(0));
            }
        }
        return out;
    }

    /** @return the free record sharing most pages with the document and holding its first page, or -1 */
    private static int bestOverlap(List<Integer> want, List<RecordView> recs, Set<Integer> used) {
        if (want.isEmpty()) {
            return -1;
        }
        int first = Collections.min(want);
        int best = -1;
        long bestOverlap = 0;
        for (int j = 0; j < recs.size(); j++) {
            List<Integer> pr = recs.get(j).pages();
            if (used.contains(j) || isEmpty(pr)) {
                continue;
            }
            long overlap = pr.stream().distinct().filter(want::contains).count();
            if (pr.contains(first) && overlap > bestOverlap) {
                best = j;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private static boolean isEmpty(List<Integer> pages) {
        return pages == null || pages.isEmpty();
    }
}
