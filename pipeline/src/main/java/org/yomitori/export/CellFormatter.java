package org.yomitori.export;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.yomitori.template.FieldType;

/**
 * Turns a record into the texts of an endpoint's columns (files: CSV, JSON, XML): dates in the
 * column's format, ticked boxes as the column's checked/unchecked texts, multi-choice groups
 * joined, and My Numbers masked unless the endpoint allows them.
 */
final class CellFormatter {
    private static final int MY_NUMBER_VISIBLE = 4;

    private final Endpoint endpoint;
    private final ZoneId zone;

    CellFormatter(Endpoint endpoint, ZoneId zone) {
        this.endpoint = endpoint;
        this.zone = zone;
    }

    List<String> cells(ExportRecord r) throws ValueException {
        List<String> out = new ArrayList<>();
        for (Column c : endpoint.columns()) {
            out.add(cell(c, r));
        }
        return out;
    }

    String cell(Column c, ExportRecord r) throws ValueException {
        if (c.constant() != null) {
            return c.constant();
        }
        if (c.meta() != null) {
            return meta(c, r);
        }
        Object value = r.values().get(c.field());
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return b ? c.checked() : c.unchecked();
        }
        if (value instanceof List<?> list) {
            return String.join(c.join(), list.stream().map(String::valueOf).toList());
        }
        String text = String.valueOf(value);
        if (c.fieldType() == FieldType.MY_NUMBER && !endpoint.allowMyNumber()) {
            return mask(text);
        }
        if (c.date() != null && !text.isEmpty()) {
            return date(c, r, text);
        }
        return text;
    }

    private String meta(Column c, ExportRecord r) throws ValueException {
        return switch (c.meta()) {
            case "document_id" -> r.documentId();
            case "template" -> r.template();
            case "source" -> r.source();
            case "scan_id" -> Long.toString(r.scanId());
            case "released_at" -> c.date() == null ? r.releasedAt().atZone(zone).toOffsetDateTime().toString()
                    : c.date().format(r.releasedAt().atZone(zone)).orElseThrow(() -> noEra(c, r));
            default -> throw new IllegalStateException("unknown meta " + c.meta());
        };
    }

    private static String date(Column c, ExportRecord r, String text) throws ValueException {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ValueException("not_a_date", r.documentId(), c, "the value is not a date (yyyy-MM-dd)");
        }
        return c.date().format(date).orElseThrow(() -> noEra(c, r));
    }

    private static ValueException noEra(Column c, ExportRecord r) {
        return new ValueException("no_era", r.documentId(), c, "the date lies before the Meiji era and has no 和暦");
    }

    /** "123456789012" becomes "********9012", as on screens: only the last four digits are shown. */
    static String mask(String value) {
        String digits = value.replaceAll("[^0-9０-９]", "");
        int visible = Math.min(MY_NUMBER_VISIBLE, Math.max(0, digits.length() - 1));
        return "*".repeat(digits.length() - visible) + digits.substring(digits.length() - visible);
    }
}
