package org.yomitori.read;

import java.util.ArrayList;
import java.util.List;
import org.yomitori.ocr.OcrEngine;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.OptionSpec;

/**
 * A set of options: single choice gives the chosen option's name ("" for none), multiple choice
 * the list of chosen names. Options are ticked in their square or circled on their label.
 */
final class CheckboxGroupReader implements FieldReader {
    static final String MULTIPLE_MARKS = "multiple_marks";

    @Override
    public Reading read(FormPage page, FieldSpec spec, OcrEngine engine) {
        List<OptionSpec> options = spec.options();
        List<MarkReaders.Mark> marks = new ArrayList<>();
        for (OptionSpec o : options) {
            marks.add("circle".equals(spec.mark()) ? MarkReaders.circle(page, o.labelBox()) : MarkReaders.option(page, o));
        }
        String raw = raw(options, marks);
        if (spec.multi()) {
            List<String> chosen = new ArrayList<>();
            double confidence = 1;
            for (int i = 0; i < options.size(); i++) {
                if (marks.get(i).marked()) {
                    chosen.add(options.get(i).option());
                }
                confidence = Math.min(confidence, marks.get(i).confidence());
            }
            return Reading.of(List.copyOf(chosen), raw, confidence);
        }
        MarkReaders.Choice c = MarkReaders.single(options, marks);
        Reading r = Reading.of(c.option() == null ? "" : c.option(), raw, c.confidence());
        return c.several() ? r.withReason(MULTIPLE_MARKS) : r;
    }

    /** Each option's mark strength, for the verifier: "本人:1.8 代理人:0.1". */
    private static String raw(List<OptionSpec> options, List<MarkReaders.Mark> marks) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < options.size(); i++) {
            sb.append(i == 0 ? "" : " ").append(options.get(i).option()).append(':')
                    .append(String.format(java.util.Locale.ROOT, "%.2f", marks.get(i).strength()));
        }
        return sb.toString();
    }
}
