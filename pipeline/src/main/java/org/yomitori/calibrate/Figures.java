package org.yomitori.calibrate;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The scorer's headline figures over a set of fields.
 *
 * @param fields    fields counted
 * @param correct   fields whose value is right
 * @param auto      fields accepted without a person
 * @param autoWrong accepted fields that are wrong: silent errors
 * @param review    fields sent to a person
 * @param reviewWrong fields in review that really were wrong
 */
record Figures(int fields, int correct, int auto, int autoWrong, int review, int reviewWrong) {

    static Figures of(Collection<ScoredField> fs) {
        int correct = 0;
        int auto = 0;
        int autoWrong = 0;
        int review = 0;
        int reviewWrong = 0;
        for (ScoredField f : fs) {
            correct += f.correct() ? 1 : 0;
            auto += f.auto() ? 1 : 0;
            autoWrong += f.auto() && !f.correct() ? 1 : 0;
            review += "review".equals(f.status()) ? 1 : 0;
            reviewWrong += "review".equals(f.status()) && !f.correct() ? 1 : 0;
        }
        return new Figures(fs.size(), correct, auto, autoWrong, review, reviewWrong);
    }

    /** Figures per key (field type, form…), sorted by key. */
    static Map<String, Figures> by(Collection<ScoredField> fs, Function<ScoredField, String> key) {
        return fs.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.collectingAndThen(
                Collectors.toList(), Figures::of)));
    }

    double accuracy() {
        return ratio(correct, fields);
    }

    /** Straight-through rate: the share of fields accepted without a person. */
    double stp() {
        return ratio(auto, fields);
    }

    /** The share of accepted fields that are wrong. */
    double silentErrorRate() {
        return ratio(autoWrong, auto);
    }

    static double ratio(int n, int d) {
        return d == 0 ? Double.NaN : (double) n / d;
    }
}
