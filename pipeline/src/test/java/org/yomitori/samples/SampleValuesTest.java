package org.yomitori.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateRegistry;

class SampleValuesTest {
    private static final List<Template> TEMPLATES = TemplateRegistry.load(List.of(SampleTemplatesTest.SAMPLE_TEMPLATES))
            .all();

    @Test
    void myNumberCheckDigitFollowsTheLaw() {
        assertEquals(8, SampleValues.myNumberCheckDigit("12345678901"), "sum 212, remainder 3");
        assertEquals(0, SampleValues.myNumberCheckDigit("00000000000"), "remainder 0 gives 0");
        Random rnd = new Random(1);
        for (int i = 0; i < 200; i++) {
            String n = SampleValues.myNumber(rnd);
            assertTrue(n.matches("\\d{12}"));
            assertEquals(n.charAt(11) - '0', SampleValues.myNumberCheckDigit(n.substring(0, 11)));
        }
    }

    @Test
    void everyFieldGetsAValueOfItsRecordShape() {
        for (Template t : TEMPLATES) {
            for (long seed = 0; seed < 50; seed++) {
                Map<String, Object> v = SampleValues.generate(t, new Random(seed));
                assertEquals(t.fields().stream().map(FieldSpec::name).toList(), List.copyOf(v.keySet()));
                for (FieldSpec f : t.fields()) {
                    assertShape(f, v.get(f.name()));
                }
            }
        }
    }

    @Test
    void valuesAreConsistentWithinAForm() {
        Template jidou = template("jidou_teate");
        Template juminhyo = template("juminhyo_request");
        Template idou = template("idou_todoke");
        for (long seed = 0; seed < 50; seed++) {
            Map<String, Object> j = SampleValues.generate(jidou, new Random(seed));
            if (!"".equals(j.get("claimant_name")) && !"".equals(j.get("child1_name"))) {
                assertEquals(surnameOf(j.get("claimant_name")), surnameOf(j.get("child1_name")), "one family");
            }
            if (!"".equals(j.get("child1_birth_date")) && !"".equals(j.get("claimant_birth_date"))) {
                assertTrue(LocalDate.parse((String) j.get("child1_birth_date"))
                        .isAfter(LocalDate.parse((String) j.get("claimant_birth_date")).plusYears(18)));
            }
            Map<String, Object> r = SampleValues.generate(juminhyo, new Random(seed));
            for (String cert : List.of("cert_juminhyo", "cert_kisai", "cert_inkan", "cert_koseki")) {
                if (Boolean.FALSE.equals(r.get(cert))) {
                    assertEquals("", r.get(cert + "_copies"), "no copies of a certificate not asked for");
                }
            }
            Map<String, Object> d = SampleValues.generate(idou, new Random(seed));
            for (int row = 2; row <= 4; row++) {
                if ("".equals(d.get("person" + (row - 1) + "_name")) && "".equals(d.get("person" + (row - 1)
                        + "_kana")) && "".equals(d.get("person" + (row - 1) + "_birth_date"))) {
                    assertEquals("", d.get("person" + row + "_name"), "rows are filled from the top");
                }
            }
        }
    }

    private static void assertShape(FieldSpec f, Object value) {
        String where = f.name() + "=" + value;
        switch (f.type()) {
            case CHECKBOX, SEAL_PRESENCE -> assertInstanceOf(Boolean.class, value, where);
            case CHECKBOX_GROUP -> {
                if (f.multi()) {
                    assertInstanceOf(List.class, value, where);
                } else {
                    assertTrue("".equals(value) || f.options().stream().anyMatch(o -> o.option().equals(value)),
                            where);
                }
            }
            case DATE -> assertTrue("".equals(value) || LocalDate.parse((String) value).getYear() > 1926, where);
            case MY_NUMBER, DIGITS -> assertTrue(((String) value).matches("\\d*"), where);
            case POSTAL_CODE -> assertTrue(((String) value).matches(f.isBoxed() ? "(\\d{7})?" : "(\\d{3}-\\d{4})?"),
                    where);
            case PHONE -> {
                String digits = ((String) value).replace("-", "");
                assertTrue("".equals(value) || ((String) value).matches("0\\d{1,3}-\\d{2,4}-\\d{4}")
                        && digits.length() >= 10 && digits.length() <= 11, where);
            }
            case KANA -> assertTrue(((String) value).matches("[\\p{InKatakana} ]*"), where);
            default -> assertFalse(((String) value).isBlank() && !"".equals(value), where);
        }
    }

    private static String surnameOf(Object name) {
        return ((String) name).split(" ")[0];
    }

    private static Template template(String id) {
        return TEMPLATES.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }
}
