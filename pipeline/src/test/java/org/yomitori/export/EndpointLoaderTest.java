package org.yomitori.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.config.ConfigException;
import org.yomitori.template.TemplateRegistry;

/** Endpoint files are checked when loaded; every error names the file and what is wrong. */
class EndpointLoaderTest {
    private static final ExportSettings.CoreDb CORE = new ExportSettings.CoreDb("jdbc:h2:mem:core", "core", "secret",
            null);
    private static final String HEAD = """
            id: test
            template: juminhyo_request
            """;
    private static final String CSV = """
            file:
              folder: out
              encoding: Shift_JIS
            """;

    @TempDir
    Path dir;

    private Endpoint load(String yaml) throws Exception {
        Path file = Files.writeString(dir.resolve("test.yaml"), yaml, StandardCharsets.UTF_8);
        return new EndpointLoader(ExportFixture.TEMPLATES, dir.resolve("data"), CORE, Map.of("CORE_PW", "pw"))
                .load(file);
    }

    private String error(String yaml) {
        ConfigException e = assertThrows(ConfigException.class, () -> load(yaml));
        assertTrue(e.getMessage().startsWith(dir.resolve("test.yaml") + ": "), e.getMessage());
        return e.getMessage().substring(e.getMessage().indexOf(": ") + 2);
    }

    private static String column(String spec) {
        return "columns:\n  - " + spec + "\n";
    }

    @Test
    void aCompleteCsvEndpointIsReadWithItsDefaults() throws Exception {
        Endpoint e = load(HEAD + CSV + column("{name: 氏名, field: applicant_name}"));

        assertEquals("test", e.id());
        assertEquals(dir.resolve("data/out"), e.file().folder());
        assertEquals("Shift_JIS", e.file().encoding().name());
        assertEquals("\r\n", e.file().lineEnding());
        assertEquals("{endpoint}_{document_id}.{ext}", e.file().namePattern());
        assertEquals(List.of(), e.windows());
        assertEquals(false, e.allowMyNumber());
    }

    @Test
    void aFieldTheTemplateDoesNotHaveIsNamed() {
        assertTrue(error(HEAD + CSV + column("{name: 氏名, field: aplicant_name}"))
                .startsWith("columns[1]: field 'aplicant_name' does not exist in template 'juminhyo_request'"));
    }

    @Test
    void aColumnNameTheEncodingCannotHoldIsRefused() {
        assertEquals("file: column name '髙橋' cannot be written in Shift_JIS (it is written in the file)",
                error(HEAD + CSV + column("{name: 髙橋, field: applicant_name}")));
    }

    @Test
    void typosAndMisplacedOptionsAreRefused() {
        assertTrue(error(HEAD + CSV + column("{name: a, feild: applicant_name}")).startsWith("columns[1]: unknown key 'feild'"));
        assertEquals("columns[1]: 'date' applies to date fields and meta 'released_at' only",
                error(HEAD + CSV + column("{name: a, field: applicant_name, date: wareki}")));
        assertEquals("columns[1]: 'checked' and 'unchecked' apply to checkbox and seal_presence fields only",
                error(HEAD + CSV + column("{name: a, field: applicant_name, checked: 'Y'}")));
        assertEquals("columns[1]: column 'a' needs exactly one of 'field', 'meta' or 'value'",
                error(HEAD + CSV + column("{name: a, field: applicant_name, value: x}")));
        assertEquals("template 'nope' is not installed (yomitori.templates.dirs)",
                error(HEAD.replace("juminhyo_request", "nope") + CSV + column("{name: a, field: applicant_name}")));
    }

    @Test
    void windowsMustBeQuartzCronsAndNamesMustIdentifyTheRecord() {
        assertTrue(error(HEAD + "window: \"0 0 12 * *\"\n" + CSV + column("{name: a, field: applicant_name}"))
                .startsWith("'window' is not a Quartz cron expression"));
        assertEquals("file: 'name' must contain {document_id} so that a repeated delivery replaces its file",
                error(HEAD + CSV + "  name: out.csv\n" + column("{name: a, field: applicant_name}")));
        assertEquals("file: JSON files are always UTF-8 (RFC 8259); remove 'encoding' or use CSV or XML",
                error(HEAD + CSV + "  format: json\n" + column("{name: a, field: applicant_name}")));
    }

    @Test
    void databaseEndpointsNeedPlainSqlNamesAndAKeyAmongTheirColumns() throws Exception {
        String db = "database: {table: t, key: doc}\n";
        assertEquals("database: key column 'doc' is not one of the mapped columns",
                error(HEAD + db + column("{name: name, field: applicant_name}")));
        assertEquals("database: column '氏名' must be a plain SQL name (letters, digits, '_')",
                error(HEAD + db + column("{name: 氏名, field: applicant_name}")));
        Endpoint e = load(HEAD + "database: {table: core.t, key: doc, url: 'jdbc:h2:mem:other', password_env: CORE_PW}\n"
                + column("{name: doc, meta: document_id}"));
        assertEquals("pw", e.database().password());
        assertEquals("", e.database().user(), "another database's user is not the core database's");
    }

    @Test
    void theDemoEndpointsLoadAgainstTheDemoTemplates() {
        TemplateRegistry templates = TemplateRegistry.load(List.of(Path.of("samples/templates")));
        List<Endpoint> demo = new EndpointLoader(templates, dir, CORE, Map.of()).loadAll(List.of(Path.of("samples/endpoints")));

        assertEquals(List.of("jidou-teate-db", "juminhyo-csv"), demo.stream().map(Endpoint::id).sorted().toList());
    }
}
