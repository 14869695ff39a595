package org.yomitori.export;

import java.util.List;

/** CSV as core systems read it (RFC 4180): optional header, quoting as configured, every row ended by the line ending. */
final class CsvRenderer implements Renderer {
    private final Endpoint endpoint;
    private final Endpoint.FileOptions options;

    CsvRenderer(Endpoint endpoint) {
        this.endpoint = endpoint;
        this.options = endpoint.file();
    }

    @Override
    public void check(String cell, Column column, ExportRecord record) throws ValueException {
        if (options.quote() == Endpoint.Quote.NONE && needsQuotes(cell)) {
            throw new ValueException("forbidden_character", record.documentId(), column,
                    "the value holds a separator, quote or line break and the endpoint does not quote");
        }
    }

    @Override
    public String render(List<Prepared> records, boolean batch) {
        StringBuilder out = new StringBuilder();
        if (options.header()) {
            row(out, endpoint.columns().stream().map(Column::name).toList());
        }
        records.forEach(p -> row(out, p.cells()));
        return out.toString();
    }

    private void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(options.separator());
            }
            out.append(quoted(cells.get(i)));
        }
        out.append(options.lineEnding());
    }

    private String quoted(String cell) {
        boolean quote = switch (options.quote()) {
            case ALL -> true;
            case NONE -> false;
            case MINIMAL -> needsQuotes(cell);
        };
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    private boolean needsQuotes(String cell) {
        return cell.indexOf(options.separator()) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\r') >= 0
                || cell.indexOf('\n') >= 0;
    }
}
