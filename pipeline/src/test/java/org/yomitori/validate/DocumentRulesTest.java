package org.yomitori.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yomitori.record.FieldResult;
import org.yomitori.record.FieldStatus;
import org.yomitori.template.FieldRule;
import org.yomitori.template.FieldRule.Kind;
import org.yomitori.template.Template;

class DocumentRulesTest {
    private static final Template FORM = new Template("form", 1, "form", null, "ja", 300, 100, 100, 1,
            List.of(Path.of("reference.png")), List.of(), List.of(), Path.of("template.yaml"),
            List.of(new FieldRule(Kind.BEFORE, "birth_date", "request_date"),
                    new FieldRule(Kind.READING_OF, "kana", "name")));

    private static FieldResult auto(String name, Object value) {
        return new FieldResult(name, value, String.valueOf(value), 0.97, FieldStatus.AUTO, List.of());
    }

    private static List<FieldResult> apply(String birth, String request, String kana, String name) {
        return DocumentRules.apply(FORM, List.of(auto("request_date", request), auto("kana", kana), auto("name", name),
                auto("birth_date", birth), auto("seal", true)));
    }

    @Test
    void valuesThatKeepTheRulesAreLeftAsTheyAre() {
        List<FieldResult> in = List.of(auto("birth_date", "1990-01-01"), auto("request_date", "2025-01-01"));
        assertEquals(in, DocumentRules.apply(FORM, in));
        List<FieldResult> same = apply("2025-01-01", "2025-01-01", "サトウ ケイコ", "佐藤 恵子");
        same.forEach(f -> assertEquals(FieldStatus.AUTO, f.status(), f.name()));
    }

    @Test
    void aBirthDateAfterTheFilingDateSendsBothToReview() {
        List<FieldResult> out = apply("2025-01-02", "2025-01-01", "", "佐藤 恵子");
        for (int i : new int[] {0, 3}) {
            FieldResult f = out.get(i);
            assertEquals(FieldStatus.REVIEW, f.status(), f.name());
            assertEquals(List.of(DocumentRules.DATE_ORDER), f.reasons());
            assertEquals(DocumentRules.RULE_CAP, f.confidence());
        }
        assertEquals(FieldStatus.AUTO, out.get(2).status(), "other fields untouched");
        assertEquals(List.of("request_date", "kana", "name", "birth_date", "seal"),
                out.stream().map(FieldResult::name).toList(), "order kept");
    }

    @Test
    void aKanaThatIsNoReadingOfTheNameSendsBothToReview() {
        List<FieldResult> out = apply("", "2025-01-01", "イトウ ケイコ", "佐藤 恵子");
        assertEquals(List.of(DocumentRules.READING_MISMATCH), out.get(1).reasons());
        assertEquals(List.of(DocumentRules.READING_MISMATCH), out.get(2).reasons());
        assertEquals(FieldStatus.AUTO, out.get(3).status(), "a blank date breaks nothing");
    }

    @Test
    void blankUnparsedOrNonTextValuesAreNotJudged() {
        List<FieldResult> out = apply("令和7年", "2025-01-01", "", "佐藤 恵子");
        out.forEach(f -> assertEquals(FieldStatus.AUTO, f.status(), f.name()));
        List<FieldResult> missing = List.of(auto("birth_date", "2030-01-01"));
        assertEquals(missing, DocumentRules.apply(FORM, missing), "the other field is absent");
    }

    @Test
    void reasonsAddUpAndAVerifiedValueStaysVerified() {
        FieldResult low = new FieldResult("birth_date", "2026-01-01", "", 0.5, FieldStatus.REVIEW,
                List.of("low_confidence"));
        FieldResult verified = new FieldResult("request_date", "2025-01-01", "", 1.0, FieldStatus.VERIFIED, List.of());
        List<FieldResult> out = DocumentRules.apply(FORM, List.of(low, verified));
        assertEquals(List.of("low_confidence", DocumentRules.DATE_ORDER), out.get(0).reasons());
        assertEquals(0.3, out.get(0).confidence());
        assertSame(verified, out.get(1));
    }

    @Test
    void aFieldAlreadyInReviewTakesTheBlameAlone() {
        FieldResult doubtfulKana = new FieldResult("kana", "イトウ ケイコ", "", 0.45, FieldStatus.REVIEW,
                List.of("ocr_disagreement"));
        List<FieldResult> out = DocumentRules.apply(FORM, List.of(doubtfulKana, auto("name", "佐藤 恵子")));
        assertEquals(List.of("ocr_disagreement", DocumentRules.READING_MISMATCH), out.get(0).reasons());
        assertEquals(FieldStatus.AUTO, out.get(1).status(), "the accepted name is not doubted for the kana's sake");
        FieldResult doubtfulName = new FieldResult("name", "佐藤 恵子", "", 0.45, FieldStatus.REVIEW, List.of("x"));
        List<FieldResult> both = DocumentRules.apply(FORM, List.of(doubtfulKana, doubtfulName));
        both.forEach(f -> assertEquals(DocumentRules.READING_MISMATCH, f.reasons().get(1), f.name()));
    }
}
