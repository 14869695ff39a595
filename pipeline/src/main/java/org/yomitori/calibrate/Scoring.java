package org.yomitori.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins records with the truth, as the eval scorer does (matching by file and pages; a document's
 * fields only count when its template is right), keeping every field for calibration.
 *
 * @param fields     every truth field, in truth-file order
 * @param documents  truth documents
 * @param found      documents a record was matched to
 * @param classified documents whose record has the right template
 * @param extra      records that match no truth document
 */
record Scoring(List<ScoredField> fields, int documents, int found, int classified, int extra) {

    static Scoring of(TruthSet truth, List<RecordView> records) {
        Map<String, List<RecordView>> bySource = new HashMap<>();
        records.forEach(r -> bySource.computeIfAbsent(r.sourceName(), k -> new ArrayList<>()).add(r));
        List<ScoredField> fields = new ArrayList<>();
        int documents = 0;
        int found = 0;
        int classified = 0;
        int extra = 0;
        for (Map.Entry<String, List<TruthSet.Document>> file : truth.files().entrySet()) {
            List<RecordView> here = bySource.getOrDefault(file.getKey(), List.of());
            List<TruthSet.Document> docs = file.getValue();
            Map<Integer, Integer> matched = RecordMatcher.match(docs, here);
            for (int i = 0; i < docs.size(); i++) {
                RecordView rec = matched.containsKey(i) ? here.get(matched.get(i)) : null;
                TruthSet.Document doc = docs.get(i);
                boolean classOk = rec != null && doc.form().equals(rec.template());
                documents++;
                found += rec != null ? 1 : 0;
                classified += classOk ? 1 : 0;
                doc.fields().forEach((name, tv) -> fields.add(field(file.getKey(), doc, name, tv,
                        classOk ? rec.fields().get(name) : null, truth.type(doc, name))));
            }
            Set<Integer> used = new HashSet<>(matched.values());
            extra += here.size() - used.size();
        }
        extra += bySource.entrySet().stream().filter(e -> !truth.files().containsKey(e.getKey()))
                .mapToInt(e -> e.getValue().size()).sum();
        return new Scoring(List.copyOf(fields), documents, found, classified, extra);
    }

    private static ScoredField field(String file, TruthSet.Document doc, String name, JsonNode truth,
                                     RecordView.Field got, String type) {
        boolean blank = ValueComparison.isBlank(truth);
        if (got == null) {
            return new ScoredField(file, doc.form(), name, type, blank, false, "missing", Double.NaN, false);
        }
        boolean correct = ValueComparison.equal(type, truth, got.value());
        return new ScoredField(file, doc.form(), name, type, blank, correct, got.status(), got.confidence(),
                ScoredField.isCandidate(got.status(), got.confidence(), got.reasons()));
    }

    /** The same fields with each candidate's status decided by {@code thresholds}. */
    Scoring withThresholds(ThresholdTable thresholds) {
        List<ScoredField> out = fields.stream()
                .map(f -> f.withThreshold(thresholds.thresholdFor(f.form(), f.field(), f.type()))).toList();
        return new Scoring(out, documents, found, classified, extra);
    }
}
