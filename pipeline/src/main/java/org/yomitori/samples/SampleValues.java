package org.yomitori.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yomitori.samples.SamplePeople.Person;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.FieldType;
import org.yomitori.template.OptionSpec;
import org.yomitori.template.Template;

/**
 * Plausible, consistent, fictitious values for any template, chosen from each field's type and
 * name: one family per form (the kana matches the name, children are younger than their parent),
 * numbered table rows filled from the top, copies only for ticked certificates, valid My Numbers.
 * Values have the record shapes FormFiller and the ground truth use.
 */
final class SampleValues {
    private static final Pattern ROW = Pattern.compile("([a-z]+)(\\d+)");
    private static final List<String> PERSON_PARTS = List.of("_name", "_kana", "_birth_date", "_sex",
            "_relationship");
    private static final Set<String> MAIN_PERSON = Set.of("applicant", "claimant", "householder", "notifier",
            "person1", "full", "account_holder");
    private static final double BLANK = 0.06;

    private final Template template;
    private final Random rnd;
    private final SamplePeople people;
    private final LocalDate documentDate;
    private final Map<String, Person> persons = new HashMap<>();
    private final Map<String, Integer> rowsFilled = new HashMap<>();
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final SamplePersonFields personFields;

    private SampleValues(Template template, Random rnd) {
        this.template = template;
        this.rnd = rnd;
        this.people = new SamplePeople(rnd, "en".equals(template.language()));
        this.documentDate = LocalDate.of(2024, 1, 9).plusDays(rnd.nextInt(700)); // 令和6-7年
        this.personFields = new SamplePersonFields(rnd, people, documentDate);
    }

    /** Values for every field of the template, blank fields included ("" / false / empty list). */
    static Map<String, Object> generate(Template template, Random rnd) {
        SampleValues v = new SampleValues(template, rnd);
        for (FieldSpec f : template.fields()) {
            v.values.put(f.name(), v.value(f));
        }
        return v.values;
    }

    private Object value(FieldSpec f) {
        if (!rowFilled(f.name()) || rnd.nextDouble() < BLANK && !f.type().isMark()) {
            return blank(f);
        }
        String person = personPrefix(f.name());
        if (person != null) {
            return personFields.value(f, person(person), person);
        }
        return switch (f.type()) {
            case DATE -> f.name().contains("birth") ? person("main").birthDate().toString()
                    : documentDate.minusDays(f.name().contains("move") ? rnd.nextInt(14) : 0).toString();
            case TEXT -> text(f);
            case KANA -> person("main").kana();
            case PHONE -> phone();
            case POSTAL_CODE -> digits(3) + (f.isBoxed() ? "" : "-") + digits(4);
            case MY_NUMBER -> myNumber(rnd);
            case DIGITS -> digits(f.isBoxed() ? f.cells().size() : 7);
            case NUMBER -> f.name().endsWith("_copies") && !Boolean.TRUE.equals(values.get(
                    f.name().substring(0, f.name().length() - "_copies".length()))) ? "" : "" + (1 + rnd.nextInt(3));
            case EMAIL -> email();
            case CHECKBOX, SEAL_PRESENCE -> rnd.nextBoolean();
            case CHECKBOX_GROUP -> choose(f);
        };
    }

    private String text(FieldSpec f) {
        String name = f.name();
        if (name.contains("address")) {
            return people.address();
        }
        if (name.contains("nationality")) {
            return people.pick(SamplePeople.NATIONALITIES);
        }
        if (name.contains("residence_card")) {
            return letters(2) + digits(8) + letters(2);
        }
        if (name.contains("bank")) {
            return people.pick(SamplePeople.BANKS);
        }
        return "en".equals(template.language()) ? "None" : "なし";
    }

    private Object choose(FieldSpec f) {
        List<String> names = f.options().stream().map(OptionSpec::option).toList();
        if (!f.multi()) {
            return names.get(rnd.nextInt(names.size()));
        }
        List<String> chosen = new ArrayList<>();
        for (String n : names) {
            if (rnd.nextInt(3) == 0) {
                chosen.add(n);
            }
        }
        return chosen.isEmpty() ? List.of(names.get(rnd.nextInt(names.size()))) : chosen;
    }

    /** Numbered rows (person1_…, child2_…) are filled from the top; the rest stay blank. */
    private boolean rowFilled(String field) {
        Matcher m = ROW.matcher(field.split("_")[0]);
        if (!m.matches()) {
            return true;
        }
        String base = m.group(1);
        int rows = (int) template.fields().stream().map(f -> f.name().split("_")[0])
                .filter(p -> p.matches(base + "\\d+")).distinct().count();
        int filled = rowsFilled.computeIfAbsent(base, b -> 1 + rnd.nextInt(Math.max(1, rows - 1)));
        return Integer.parseInt(m.group(2)) <= filled;
    }

    /** The person a field describes (claimant_kana → claimant), or null when it is not about a person. */
    private String personPrefix(String field) {
        for (String part : PERSON_PARTS) {
            if (field.endsWith(part)) {
                String prefix = field.substring(0, field.length() - part.length());
                boolean isPerson = MAIN_PERSON.contains(prefix) || ROW.matcher(prefix).matches();
                return isPerson ? prefix : null;
            }
        }
        return null;
    }

    private Person person(String prefix) {
        String key = MAIN_PERSON.contains(prefix) ? "main" : prefix;
        return persons.computeIfAbsent(key, k -> personFields.create(k, persons.get("main")));
    }

    private Object blank(FieldSpec f) {
        return switch (f.type()) {
            case CHECKBOX, SEAL_PRESENCE -> false;
            case CHECKBOX_GROUP -> f.multi() ? List.of() : "";
            default -> "";
        };
    }

    /** A mobile number, or a landline whose local part shrinks as the area code grows (10 digits). */
    private String phone() {
        if (rnd.nextBoolean()) {
            return "0" + (7 + rnd.nextInt(3)) + "0-" + digits(4) + "-" + digits(4);
        }
        String area = people.pick(List.of("03", "06", "011", "022", "045", "052", "092", "0263", "0986"));
        return area + "-" + digits(6 - area.length()) + "-" + digits(4);
    }

    private String email() {
        String[] name = person("main").latin().toLowerCase().split(" ");
        return name[0] + "." + name[name.length - 1] + rnd.nextInt(100) + "@" + people.pick(
                List.of("example.jp", "example.com", "mail.example.jp"));
    }

    private String digits(int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(rnd.nextInt(10));
        }
        return sb.toString();
    }

    private String letters(int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append((char) ('A' + rnd.nextInt(26)));
        }
        return sb.toString();
    }

    /** Eleven random digits and the check digit the My Number law prescribes. */
    static String myNumber(Random rnd) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            sb.append(rnd.nextInt(10));
        }
        return sb.append(myNumberCheckDigit(sb.toString())).toString();
    }

    /** Check digit of an 11-digit My Number body: weights 2..7 then 2..6 from the right, mod 11. */
    static int myNumberCheckDigit(String eleven) {
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int digit = eleven.charAt(11 - n) - '0';
            sum += digit * (n <= 6 ? n + 1 : n - 5);
        }
        int remainder = sum % 11;
        return remainder <= 1 ? 0 : 11 - remainder;
    }
}
