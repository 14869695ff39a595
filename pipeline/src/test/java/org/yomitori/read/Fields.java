package org.yomitori.read;

import java.util.List;
import java.util.Map;
import org.yomitori.template.Box;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.FieldType;
import org.yomitori.template.OptionSpec;

/** Field specs for tests, with the defaults a template loader would fill in. */
final class Fields {
    private Fields() {
    }

    static FieldSpec of(String name, FieldType type, Box box) {
        String language = type.isDigitLike() || type == FieldType.EMAIL ? "eng" : "jpn";
        return new FieldSpec(name, name, type, 0, box, language, null, List.of(), false, null, List.of(), null,
                Map.of(), null, List.of(), 0.9, null, false);
    }

    static FieldSpec english(String name, FieldType type, Box box) {
        FieldSpec f = of(name, type, box);
        return new FieldSpec(f.name(), f.label(), f.type(), 0, f.box(), "eng", null, List.of(), false, null,
                List.of(), null, Map.of(), null, List.of(), 0.9, null, false);
    }

    static FieldSpec required(FieldSpec f) {
        return new FieldSpec(f.name(), f.label(), f.type(), 0, f.box(), f.language(), f.whitelist(), f.cells(),
                f.multi(), f.mark(), f.options(), f.format(), f.slots(), f.era(), f.eraOptions(), f.threshold(),
                f.validator(), true);
    }

    static FieldSpec boxed(String name, FieldType type, Box box, List<Box> cells) {
        FieldSpec f = of(name, type, box);
        return new FieldSpec(name, name, type, 0, box, f.language(), null, cells, false, null, List.of(), null,
                Map.of(), null, List.of(), 0.9, null, false);
    }

    static FieldSpec group(String name, Box box, boolean multi, String mark, List<OptionSpec> options) {
        return new FieldSpec(name, name, FieldType.CHECKBOX_GROUP, 0, box, "jpn", null, List.of(), multi, mark, options,
                null, Map.of(), null, List.of(), 0.9, null, false);
    }

    static FieldSpec printedEra(String name, Box box, Map<String, Box> slots, String era, List<OptionSpec> eras) {
        return new FieldSpec(name, name, FieldType.DATE, 0, box, "jpn", null, List.of(), false, null, List.of(),
                "printed_era", slots, era, eras, 0.9, null, false);
    }

    /** A row of {@code n} square cells of side {@code side} starting at (x, y). */
    static List<Box> cells(int x, int y, int n, int side) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> new Box(x + i * side, y, side, side)).toList();
    }
}
