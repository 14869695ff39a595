package org.yomitori.read;

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
 * day slots; the era is printed, or chosen by circling one of the printed eras. The printed
 * words are removed with the rest of the form and the three numbers read as one line.
 */
final class PrintedEraDateReader implements FieldReader {
    static final String ERA_NOT_MARKED = "era_not_marked";
    private static final OcrSettings NUMBERS = LineOcr.line("eng").withWhitelist(LineFieldReader.DIGITS);
    /** 元年 may be written in the year slot as 元, which only the jpn model knows. */
    private static final OcrSettings WITH_GANNEN = LineOcr.line("jpn").withWhitelist(LineFieldReader.DIGITS + "元");
    /** Numbers drift out of their slot; the printed 年/月/日 beside it is removed with the rest of the form. */
    private static final int SLOT_GROWTH = 10;
    private static final String NUMBER = "\\d{1,2}";

    @Override
    public Reading read(FormPage page, FieldSpec spec, OcrEngine engine) {
        CleanField row = FieldCleaner.clean(page, spec.box(), FieldCleaner.DARK_INK);
        int grow = page.px(SLOT_GROWTH);
        List<Box> slots = List.of("year", "month", "day").stream()
                .map(k -> spec.slots().get(k).inset(-grow)).toList();
        SlotLine.Slots read = SlotLine.read(page, row, slots, engine, NUMBERS, true);
        if (read.writtenCount() > 0 && !allNumbers(read)) {
            SlotLine.Slots again = SlotLine.read(page, row, slots, engine, WITH_GANNEN, true);
            read = allNumbers(again) ? again : read;
        }
        EraChoice era = era(page, spec);
        if (read.writtenCount() == 0 && (spec.era() != null || era.era().isEmpty())) {
            return Reading.blank(Math.min(read.blankConfidence(), era.confidence()));
        }
        StringBuilder raw = new StringBuilder(era.era().map(Era::kanji).orElse(""));
        double confidence = era.confidence();
        int[] numbers = new int[3];
        for (int i = 0; i < 3; i++) {
            String text = read.texts().get(i).replace("元", "1");
            raw.append(read.written()[i] ? read.texts().get(i) : "　").append("年月日".charAt(i));
            boolean ok = read.written()[i] && text.matches(NUMBER);
            numbers[i] = ok ? Integer.parseInt(text) : -1;
            confidence = Math.min(confidence, ok ? read.confidences()[i] : 0);
        }
        if (era.era().isEmpty()) {
            return new Reading("", raw.toString(), Math.min(confidence, 0.2), List.of(ERA_NOT_MARKED));
        }
        if (numbers[0] < 0 || numbers[1] < 0 || numbers[2] < 0) {
            return fromOtherRead(era.era().get(), read, raw.toString(), confidence).orElse(
                    new Reading("", raw.toString(), Math.min(confidence, 0.2), List.of(DateReading.UNPARSEABLE)));
        }
        DateReading date = JapaneseDates.of(era.era().get(), numbers[0], numbers[1], numbers[2]);
        if (!date.isOk()) {
            Optional<Reading> other = fromOtherRead(era.era().get(), read, raw.toString(), confidence);
            if (other.isPresent()) {
                return other.get();
            }
        }
        Object value = date.isOk() ? date.date().toString() : "";
        Reading reading = new Reading(value, raw.toString(), date.isOk() ? confidence : Math.min(confidence, 0.2),
                date.reasons());
        return read.agree() ? reading : reading.withReason(FieldReaders.OCR_DISAGREEMENT);
    }

    /**
     * The date the doubting read gives when the chosen read's numbers make no date (月 0, 日 75):
     * a slot read with a character too many or too few rarely makes a valid date by chance.
     */
    private static Optional<Reading> fromOtherRead(Era era, SlotLine.Slots read, String raw, double confidence) {
        int[] n = new int[3];
        for (int i = 0; i < 3; i++) {
            String text = read.otherTexts().get(i).replace("元", "1");
            if (!read.written()[i] || !text.matches(NUMBER)) {
                return Optional.empty();
            }
            n[i] = Integer.parseInt(text);
        }
        DateReading date = JapaneseDates.of(era, n[0], n[1], n[2]);
        if (!date.isOk() || date.eraOverflow()) {
            return Optional.empty();
        }
        return Optional.of(new Reading(date.date().toString(), raw, Math.min(confidence, DateRepair.REPAIRED_CAP),
                List.of(DateRepair.DATE_REPAIRED, FieldReaders.OCR_DISAGREEMENT)));
    }

    private static boolean allNumbers(SlotLine.Slots s) {
        for (int i = 0; i < s.texts().size(); i++) {
            if (s.written()[i] && !s.texts().get(i).replace("元", "1").matches(NUMBER)) {
                return false;
            }
        }
        return true;
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
