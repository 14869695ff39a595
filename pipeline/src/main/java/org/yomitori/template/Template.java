package org.yomitori.template;

import java.nio.file.Path;
import java.util.List;

/**
 * A form template (帳票定義): how to recognise a form and where its fields are.
 *
 * @param id              stable form id, e.g. "juminhyo_request"; records carry it as "template"
 * @param version         bumped by the admin when the layout changes
 * @param title           the printed title, e.g. 住民票の写し等交付申請書
 * @param code            the printed form code, e.g. FORM-JR-01, or null
 * @param language        main language of the form ("ja" or "en")
 * @param dpi             resolution of the reference image and of every box
 * @param width           reference width in pixels
 * @param height          reference height in pixels
 * @param pages           number of pages of the form
 * @param referenceImages one blank reference image per page (absolute paths)
 * @param keywords        printed words that identify the form besides the title and code
 * @param fields          the fields to read
 * @param source          the file the template was loaded from
 * @param rules           rules between fields (a birth date before the filing date, a kana reading
 *                        of a name), declared under {@code rules} or inferred ({@link RuleInference})
 */
public record Template(
        String id,
        int version,
        String title,
        String code,
        String language,
        int dpi,
        int width,
        int height,
        int pages,
        List<Path> referenceImages,
        List<String> keywords,
        List<FieldSpec> fields,
        Path source,
        List<FieldRule> rules) {

    public Template {
        rules = rules == null ? List.of() : List.copyOf(rules);
        referenceImages = List.copyOf(referenceImages);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        fields = List.copyOf(fields);
    }

    /** A template without rules between its fields. */
    public Template(String id, int version, String title, String code, String language, int dpi, int width,
                    int height, int pages, List<Path> referenceImages, List<String> keywords, List<FieldSpec> fields,
                    Path source) {
        this(id, version, title, code, language, dpi, width, height, pages, referenceImages, keywords, fields, source,
                List.of());
    }

    public List<FieldSpec> fieldsOnPage(int page) {
        return fields.stream().filter(f -> f.page() == page).toList();
    }
}
