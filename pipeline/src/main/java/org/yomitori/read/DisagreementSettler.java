package org.yomitori.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.FieldType;
import org.yomitori.validate.Relationships;

/**
 * Knowledge of what a field holds that can make two differing reads of a line agree: the value
 * both reads were meant to say, judged as an agreement, or the reading unchanged. Each settler
 * explains one kind of difference and nothing else; the field's type decides which apply.
 */
@FunctionalInterface
interface DisagreementSettler {
    Reading settle(Reading reading, LineOcr.Result r, UnaryOperator<String> normaliser,
                   Function<LineOcr.Read, String> text);

    static List<DisagreementSettler> forField(FieldSpec spec) {
        List<DisagreementSettler> out = new ArrayList<>();
        boolean english = "eng".equals(spec.language());
        if (spec.type() == FieldType.KANA) {
            out.add(KanaAgreement::agreeing);
        }
        if (spec.type() == FieldType.TEXT && english) {
            out.add(EnglishCase::agreeing);
        }
        if (spec.type() == FieldType.TEXT && !english) {
            out.add(KnownPrefix::agreeing);
        }
        if ("relationship".equals(spec.validator())) {
            out.add((reading, r, normaliser, text) ->
                    VocabularyChoice.agreeing(reading, r, Relationships.words(), normaliser, text));
        }
        return out;
    }
}
