package org.yomitori.validate;

import java.text.Normalizer;
import java.util.List;

/**
 * Whether a katakana reading can belong to a name: its length must fit the name (each kanji reads
 * 1 to 4 kana, each kana itself; small kana and ー go with their neighbour), and a common surname
 * must be read one of its usual ways ({@link Surnames}). Names of other scripts are not judged.
 */
final class NameReading {
    private static final int MAX_KANA_PER_KANJI = 4;
    private static final String NOT_COUNTED = "ァィゥェォャュョヮッー";

    private NameReading() {
    }

    /** True unless the reading is impossible for the name; blank or non-kana values are not judged. */
    static boolean plausible(String reading, String name) {
        String kana = fold(Kana.normalise(reading).replace("・", " "));
        String kanji = Kana.normalise(Normalizer.normalize(name, Normalizer.Form.NFKC)).replace("・", " ");
        if (kana.isBlank() || kanji.isBlank() || !Kana.isKatakana(kana)) {
            return true;
        }
        return lengthFits(kana, kanji) && surnameFits(kana, kanji);
    }

    private static boolean lengthFits(String kana, String name) {
        int min = 0;
        int max = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ' ') {
                continue;
            }
            if (isKanji(c)) {
                min += 1;
                max += MAX_KANA_PER_KANJI;
            } else if (Kana.isKatakana(String.valueOf(c))) {
                int units = units(String.valueOf(c));
                min += units;
                max += units;
            } else {
                return true; // Latin letters, digits, symbols: no reading rule to apply
            }
        }
        int units = units(kana);
        return units >= min && units <= max;
    }

    private static boolean surnameFits(String kana, String name) {
        String[] names = name.split(" ");
        String surname = names.length > 1 ? names[0] : Surnames.prefixOf(name);
        List<String> readings = surname == null ? List.of()
                : Surnames.readings(surname).stream().map(NameReading::fold).toList();
        if (readings.isEmpty()) {
            return true;
        }
        String[] kanas = kana.split(" ");
        if (kanas.length > 1) {
            return readings.contains(kanas[0]);
        }
        return readings.stream().anyMatch(kana::startsWith);
    }

    /** Kana that make a syllable of their own: small kana and ー lengthen or join their neighbour. */
    private static int units(String kana) {
        int n = 0;
        for (int i = 0; i < kana.length(); i++) {
            char c = kana.charAt(i);
            n += c == ' ' || NOT_COUNTED.indexOf(c) >= 0 ? 0 : 1;
        }
        return n;
    }

    private static boolean isKanji(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == '々' || c == '〆';
    }

    /** ヂ and ヅ are written ジ and ズ as often as not (中島 ナカジマ, 続 ツヅキ). */
    private static String fold(String kana) {
        return kana.replace('ヂ', 'ジ').replace('ヅ', 'ズ');
    }
}
