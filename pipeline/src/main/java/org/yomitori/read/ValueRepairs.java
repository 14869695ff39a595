package org.yomitori.read;

import java.util.regex.Pattern;
import org.yomitori.template.FieldType;
import org.yomitori.validate.Email;
import org.yomitori.validate.KanaSpelling;

/**
 * Repairs of values whose shape shows an OCR slip with only one reading: a kana spelling no name
 * has (コバャシ), an e-mail address broken only in its grammar (example.or9), an address with
 * 4目 for 4丁目. A repaired value is more likely right, never certain: it always goes to a person.
 */
final class ValueRepairs {
    static final String KANA_REPAIRED = "kana_spelling";
    static final String EMAIL_REPAIRED = "email_repaired";
    static final String ADDRESS_REPAIRED = "address_repaired";
    /** 目 right after a number is only ever the end of 丁目. */
    private static final Pattern CHOME_WITHOUT_CHO = Pattern.compile("(\\d)目");

    private ValueRepairs() {
    }

    static Reading apply(FieldType type, Reading reading) {
        if (!(reading.value() instanceof String value) || value.isEmpty()) {
            return reading;
        }
        return switch (type) {
            case KANA -> KanaSpelling.isPlausible(value) ? reading
                    : repaired(reading, KanaSpelling.repair(value), KANA_REPAIRED);
            case EMAIL -> Email.isValid(value) || !Email.isValid(Email.repair(value)) ? reading
                    : repaired(reading, Email.repair(value), EMAIL_REPAIRED);
            case TEXT -> CHOME_WITHOUT_CHO.matcher(value).find()
                    ? repaired(reading, CHOME_WITHOUT_CHO.matcher(value).replaceAll("$1丁目"), ADDRESS_REPAIRED)
                    : reading;
            default -> reading;
        };
    }

    private static Reading repaired(Reading reading, String value, String reason) {
        double confidence = Math.min(reading.confidence(), Confidence.DISAGREEMENT_CAP);
        return new Reading(value, reading.raw(), confidence, reading.reasons()).withReason(reason);
    }
}
