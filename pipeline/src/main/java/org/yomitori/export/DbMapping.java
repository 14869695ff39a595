package org.yomitori.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yomitori.export.TableShape.DbColumn;

/** Checks a database endpoint's mapping against its table: every column exists and can take its source. */
final class DbMapping {
    private DbMapping() {
    }

    /** The table's column for each mapped column, in mapping order. */
    static List<DbColumn> check(Endpoint e, TableShape table) throws MappingException {
        List<DbColumn> out = new ArrayList<>();
        for (Column c : e.columns()) {
            DbColumn db = table.column(c.name()).orElseThrow(() -> new MappingException(e.describe() + ": table "
                    + table.table() + " has no column '" + c.name() + "'", c.field()));
            SqlKind kind = SqlKind.of(db.jdbcType());
            Set<SqlKind> accepted = SqlKind.accepted(c);
            if (kind == null || !accepted.contains(kind)) {
                throw new MappingException(e.describe() + ": column " + db.describe() + " cannot take " + c.origin()
                        + (c.fieldType() != null ? " of type " + c.fieldType().id() : "") + " (it can go into "
                        + accepted.stream().map(k -> k.name().toLowerCase(java.util.Locale.ROOT)).toList()
                        + " columns)", c.field());
            }
            out.add(db);
        }
        for (DbColumn db : table.columns().values()) {
            boolean mapped = e.columns().stream().anyMatch(c -> c.name().equalsIgnoreCase(db.name()));
            if (!mapped && !db.nullable() && !db.hasDefault()) {
                throw new MappingException(e.describe() + ": table " + table.table() + " requires column "
                        + db.describe() + " (NOT NULL, no default) but the mapping does not fill it", null);
            }
        }
        return out;
    }
}
