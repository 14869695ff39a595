package org.yomitori.export;

import java.util.List;

/** A record with its column texts, checked for the endpoint's file format and encoding. */
record Prepared(ExportRecord record, List<String> cells) {
    Prepared {
        cells = List.copyOf(cells);
    }
}
