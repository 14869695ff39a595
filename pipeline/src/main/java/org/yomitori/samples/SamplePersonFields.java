package org.yomitori.samples;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.yomitori.samples.SamplePeople.Person;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.OptionSpec;

/**
 * The members of a sample family and what forms record about them: the main person (applicant,
 * householder, person1), a spouse (person2), children (person3+, child1+) born when the parent was
 * an adult, and their relationships as forms write them (世帯主/妻/子, 長男/次女).
 */
final class SamplePersonFields {
    private static final String[] ORDINALS = {"長", "次", "三", "四"};
    private final Random rnd;
    private final SamplePeople people;
    private final LocalDate documentDate;
    private int sons;
    private int daughters;
    private LocalDate previousChild;

    SamplePersonFields(Random rnd, SamplePeople people, LocalDate documentDate) {
        this.rnd = rnd;
        this.people = people;
        this.documentDate = documentDate;
    }

    /** A new family member for a form prefix ("main", "person2", "child1"…). */
    Person create(String key, Person main) {
        boolean male = rnd.nextBoolean();
        if (key.equals("main") || main == null) {
            return people.person(male, date(1955, 2000));
        }
        if (key.equals("person2")) {
            return people.person(!main.male(), main.birthDate().plusDays(rnd.nextInt(3650) - 1825));
        }
        // Rows list children eldest first (長男 before 次男): each is born after the previous one.
        int from = Math.max(main.birthDate().getYear() + 22, documentDate.getYear() - 17);
        if (previousChild != null) {
            from = Math.max(from, previousChild.getYear() + 1);
        }
        LocalDate born = date(from, documentDate.getYear() - 1);
        Person child = people.person(male, born.isBefore(documentDate) ? born : documentDate.minusDays(30));
        previousChild = child.birthDate();
        if (male) {
            sons++;
        } else {
            daughters++;
        }
        return child;
    }

    Object value(FieldSpec f, Person p, String prefix) {
        String name = f.name();
        if (name.endsWith("_kana")) {
            return p.kana();
        }
        if (name.endsWith("_birth_date")) {
            return p.birthDate().toString();
        }
        if (name.endsWith("_sex")) {
            return sexOption(f, p.male());
        }
        if (name.endsWith("_relationship")) {
            return relationship(prefix, p);
        }
        return p.name();
    }

    /** Relationship as written on the form: to the householder on 住民異動届, birth order for children. */
    private String relationship(String prefix, Person p) {
        if (prefix.startsWith("child")) {
            int order = Math.min(ORDINALS.length, p.male() ? sons : daughters) - 1;
            return ORDINALS[Math.max(0, order)] + (p.male() ? "男" : "女");
        }
        return switch (prefix) {
            case "person1" -> "世帯主";
            case "person2" -> p.male() ? "夫" : "妻";
            default -> prefix.startsWith("person") ? "子" : "本人";
        };
    }

    private static String sexOption(FieldSpec f, boolean male) {
        List<String> wanted = male ? List.of("男", "Male", "M") : List.of("女", "Female", "F");
        return f.options().stream().map(OptionSpec::option).filter(wanted::contains).findFirst()
                .orElse(f.options().get(male ? 0 : Math.min(1, f.options().size() - 1)).option());
    }

    private LocalDate date(int fromYear, int toYear) {
        LocalDate from = LocalDate.of(fromYear, 1, 1);
        int days = (int) (LocalDate.of(Math.max(fromYear, toYear), 12, 31).toEpochDay() - from.toEpochDay());
        return from.plusDays(rnd.nextInt(days + 1));
    }
}
