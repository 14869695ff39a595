package org.yomitori.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yomitori.ocr.OcrEngine;
import org.yomitori.ocr.OcrSettings;
import org.yomitori.template.Box;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.OptionSpec;
import org.yomitori.validate.DateReading;
import org.yomitori.validate.Era;
import org.yomitori.validate.JapaneseDates;

/**
 * Dates on a printed 「令和　年　月　日」 line: only the numbers are written in the year, month and
 * day slots; the era is printed, or chosen by circling one of the printed eras.
 */
final class PrintedEraDateReader implements FieldReader {
    static final String ERA_NOT_MARKED = "era_not_marked";
    private static final OcrSettings NUMBER = LineOcr.line("eng").withWhitelist(LineFieldReader.DIGITS);
    /** 元年 may be written in the year slot as 元. */
    private static final OcrSettings GANNEN = LineOcr.line("jpn").withWhitelist(LineFieldReader.DIGITS + "元");
    /** Numbers drift out of their slot; the printed 年/月/日 beside it is removed with the rest of the form. */
    private static final int SLOT_GROWTH = 10;

    @Override
    public Reading read(FormPage page, FieldSpec spec, OcrEngine engine) {
        List<String> reasons = new ArrayList<>();
        double confidence = 1;
        int[] numbers = new int[3];
        StringBuilder raw = new StringBuilder();
        int written = 0;
        String[] slots = {"year", "month", "day"};
        for (int i = 0; i < 3; i++) {
            Box slot = spec.slots().get(slots[i]).inset(-page.px(SLOT_GROWTH));
            LineOcr.Result r = LineOcr.read(page, slot, engine, NUMBER);
            if (r.blank()) {
                confidence = Math.min(confidence, r.blankConfidence());
                raw.append("　").append("年月日".charAt(i));
                continue;
            }
            written++;
            String text = r.line().text().replace(" ", "");
            double c = r.confidence();
            if (i == 0 && !text.matches("\\d{1,2}")) {
                LineOcr.Result again = LineOcr.read(page, r.clean(), engine, GANNEN);
                text = again.line().text().replace(" ", "").replace("元", "1");
                c = again.confidence();
            }
            confidence = Math.min(confidence, text.matches("\\d{1,2}") ? c : 0);
            numbers[i] = text.matches("\\d{1,2}") ? Integer.parseInt(text) : -1;
            raw.append(text).append("年月日".charAt(i));
        }
        EraChoice era = era(page, spec);
        if (written == 0 && era.era().isEmpty() || written == 0 && spec.era() != null) {
            return Reading.blank(Math.min(confidence, era.confidence()));
        }
        String rawText = era.era().map(Era::kanji).orElse("") + raw;
        confidence = Math.min(confidence, era.confidence());
        if (era.era().isEmpty()) {
            return new Reading("", rawText, Math.min(confidence, 0.2), List.of(ERA_NOT_MARKED));
        }
        if (written < 3 || numbers[0] < 0 || numbers[1] < 0 || numbers[2] < 0) {
            return new Reading("", rawText, Math.min(confidence, 0.2), List.of(DateReading.UNPARSEABLE));
        }
        DateReading date = JapaneseDates.of(era.era().get(), numbers[0], numbers[1], numbers[2]);
        reasons.addAll(date.reasons());
        Object value = date.isOk() ? date.date().toString() : "";
        return new Reading(value, rawText, date.isOk() ? confidence : Math.min(confidence, 0.2), reasons);
    }

    private record EraChoice(Optional<Era> era, double confidence) {
    }

    private static EraChoice era(FormPage page, FieldSpec spec) {
        if (spec.era() != null) {
            return new EraChoice(Era.of(spec.era()), Era.of(spec.era()).isPresent() ? 1 : 0);
        }
        List<OptionSpec> options = spec.eraOptions();
        MarkReaders.Choice choice = MarkReaders.circledSingle(page, options);
        Optional<Era> era = choice.option() == null ? Optional.empty() : Era.of(choice.option());
        return new EraChoice(era, choice.confidence());
    }
}
