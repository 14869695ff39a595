package org.yomitori.template;

import java.util.List;
import java.util.Map;

/**
 * One field of a form template, as an admin declares it.
 *
 * @param name       snake_case key in the record
 * @param label      the label printed on the form (shown to verifiers)
 * @param type       what kind of value it holds
 * @param page       0-based page of the template the field is on
 * @param box        the writing area, in template pixels
 * @param language   Tesseract language(s) for OCR fields, e.g. "jpn" or "eng"
 * @param whitelist  characters the OCR may return, or null for no restriction
 * @param cells      文字枠: one box per character, or empty
 * @param multi      checkbox group: several options may be chosen
 * @param mark       checkbox group: "box" (tick the square) or "circle" (circle the label)
 * @param options    checkbox group options
 * @param format     date: "printed_era" when the era is printed and only numbers are written; else null
 * @param slots      printed_era date: boxes of "year", "month", "day"
 * @param era        printed_era date: the printed era (e.g. 令和), or null when eras are circled
 * @param eraOptions printed_era date: the eras to circle, or empty
 * @param threshold  confidence at or above which a valid value is accepted without a person: the
 *                   field's own {@code threshold}, else the calibrated one ({@link CalibratedThresholds}),
 *                   else the template's {@code defaults.threshold}
 * @param validator  optional named validator beyond the type's own, or null
 * @param required   the form requires the field; a blank required field goes to review
 */
public record FieldSpec(
        String name,
        String label,
        FieldType type,
        int page,
        Box box,
        String language,
        String whitelist,
        List<Box> cells,
        boolean multi,
        String mark,
        List<OptionSpec> options,
        String format,
        Map<String, Box> slots,
        String era,
        List<OptionSpec> eraOptions,
        double threshold,
        String validator,
        boolean required) {

    public FieldSpec {
        cells = cells == null ? List.of() : List.copyOf(cells);
        options = options == null ? List.of() : List.copyOf(options);
        slots = slots == null ? Map.of() : Map.copyOf(slots);
        eraOptions = eraOptions == null ? List.of() : List.copyOf(eraOptions);
    }

    public boolean isPrintedEraDate() {
        return type == FieldType.DATE && "printed_era".equals(format);
    }

    public boolean isBoxed() {
        return !cells.isEmpty();
    }
}
