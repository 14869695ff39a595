package org.yomitori.samples;

import java.awt.Font;
import java.awt.Graphics2D;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.yomitori.template.Box;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.FieldType;
import org.yomitori.template.OptionSpec;

/** Draws one field's value the way a person fills that kind of field in. */
final class FieldPainter {
    private final Graphics2D g;
    private final Font font;
    private final FillStyle style;
    private final FillStyle.DateStyle dateStyle;

    FieldPainter(Graphics2D g, Font font, FillStyle style, boolean latinForm) {
        this.g = g;
        this.font = font;
        this.style = style;
        this.dateStyle = latinForm ? style.dateStyle().forLatinForm() : style.dateStyle();
    }

    void paint(FieldSpec f, Object value, Random rnd) {
        switch (f.type()) {
            case CHECKBOX -> {
                if (isTrue(value)) {
                    Marks.check(g, f.box(), style.checkMark(), style.jitter(), rnd);
                }
            }
            case CHECKBOX_GROUP -> chosen(f, value).forEach(o -> markOption(f, o, rnd));
            case SEAL_PRESENCE -> {
                if (isTrue(value) || value instanceof String s && !s.isBlank()) {
                    Marks.seal(g, f.box(), value instanceof String s ? s : "印", font, rnd);
                }
            }
            default -> write(f, value, rnd);
        }
    }

    /** The text a person writes for a text-like field; for a printed_era date, the date in full. */
    String text(FieldSpec f, Object value) {
        LocalDate date = f.type() == FieldType.DATE ? asDate(value) : null;
        if (date == null) {
            return value == null ? "" : String.valueOf(value);
        }
        if (f.isPrintedEraDate()) {
            return FillStyle.DateStyle.WAREKI.format(date);
        }
        return dateStyle.format(date);
    }

    private void write(FieldSpec f, Object value, Random rnd) {
        Pen pen = new Pen(g, font, style.jitter(), rnd);
        if (f.isPrintedEraDate()) {
            writePrintedEra(f, value, pen, rnd);
        } else if (f.isBoxed()) {
            String chars = text(f, value).replaceAll(f.type().isDigitLike() ? "[\\s-]" : "\\s", "");
            int[] cps = chars.codePoints().toArray();
            if (cps.length > f.cells().size()) {
                throw new IllegalArgumentException("field '" + f.name() + "': " + cps.length + " characters for "
                        + f.cells().size() + " cells");
            }
            for (int i = 0; i < cps.length; i++) {
                pen.write(new String(cps, i, 1), f.cells().get(i).inset(2), true);
            }
        } else {
            pen.write(text(f, value), f.box().inset(Math.max(2, f.box().h() / 25)), false);
        }
    }

    /** Only the numbers go into 「令和　年　月　日」; a printed era choice is circled. */
    private void writePrintedEra(FieldSpec f, Object value, Pen pen, Random rnd) {
        LocalDate date = asDate(value);
        if (date == null) {
            throw new IllegalArgumentException("field '" + f.name() + "' is a printed_era date: give an ISO date");
        }
        Wareki w = Wareki.of(date);
        if (f.era() != null && !f.era().equals(w.era())) {
            throw new IllegalArgumentException("field '" + f.name() + "' prints the era " + f.era()
                    + "; the date falls in another era");
        }
        if (!f.eraOptions().isEmpty()) {
            OptionSpec era = f.eraOptions().stream().filter(o -> o.option().equals(w.era())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("field '" + f.name() + "' offers no era "
                            + w.era()));
            Marks.circle(g, era.labelBox(), f.box(), style.jitter(), rnd);
        }
        String year = w.yearText(style.dateStyle() == FillStyle.DateStyle.WAREKI);
        pen.write(year, f.slots().get("year"), true);
        pen.write(Integer.toString(date.getMonthValue()), f.slots().get("month"), true);
        pen.write(Integer.toString(date.getDayOfMonth()), f.slots().get("day"), true);
    }

    private void markOption(FieldSpec f, OptionSpec o, Random rnd) {
        boolean circle = "circle".equals(f.mark()) || style.checkMark() == FillStyle.CheckMark.CIRCLE;
        if (circle && o.labelBox() != null) {
            Marks.circle(g, o.labelBox(), f.box(), style.jitter(), rnd);
        } else {
            Marks.check(g, o.box(), style.checkMark(), style.jitter(), rnd);
        }
    }

    /** The options a group value names: one name, or a list of names for a multi-choice group. */
    static List<OptionSpec> chosen(FieldSpec f, Object value) {
        List<String> names = value instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                : value == null || "".equals(value) ? List.of() : List.of(String.valueOf(value));
        if (names.size() > 1 && !f.multi()) {
            throw new IllegalArgumentException("field '" + f.name() + "' takes one option, got " + names.size());
        }
        return names.stream().map(n -> f.options().stream().filter(o -> o.option().equals(n)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("field '" + f.name() + "' has no option " + n)))
                .toList();
    }

    static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    /** An ISO date (String or LocalDate), or null when the value is free text to write as it is. */
    static LocalDate asDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        try {
            return value == null ? null : LocalDate.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
