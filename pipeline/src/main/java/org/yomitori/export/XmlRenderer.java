package org.yomitori.export;

import java.util.List;

/**
 * XML in the endpoint's encoding: {@code <records>} holding one {@code <record document_id="…">}
 * per record with a {@code <field name="column">text</field>} per column. Column names go in an
 * attribute, so Japanese names and spaces need no XML-name rules.
 */
final class XmlRenderer implements Renderer {
    private final Endpoint endpoint;
    private final String eol;

    XmlRenderer(Endpoint endpoint) {
        this.endpoint = endpoint;
        this.eol = endpoint.file().lineEnding();
    }

    @Override
    public void check(String cell, Column column, ExportRecord record) throws ValueException {
        for (int i = 0; i < cell.length(); i = cell.offsetByCodePoints(i, 1)) {
            if (!allowed(cell.codePointAt(i))) {
                throw new ValueException("forbidden_character", record.documentId(), column,
                        "the value holds a control character XML 1.0 cannot carry");
            }
        }
    }

    @Override
    public String render(List<Prepared> records, boolean batch) {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"").append(endpoint.file().encoding().name()).append("\"?>").append(eol);
        out.append("<records endpoint=\"").append(escape(endpoint.id())).append("\" template=\"")
                .append(escape(endpoint.template())).append("\">").append(eol);
        for (Prepared p : records) {
            out.append("  <record document_id=\"").append(escape(p.record().documentId())).append("\">").append(eol);
            for (int i = 0; i < endpoint.columns().size(); i++) {
                out.append("    <field name=\"").append(escape(endpoint.columns().get(i).name())).append("\">")
                        .append(escape(p.cells().get(i))).append("</field>").append(eol);
            }
            out.append("  </record>").append(eol);
        }
        return out.append("</records>").append(eol).toString();
    }

    /** XML 1.0's Char production. */
    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;"); // kept through XML's line-end normalisation
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
