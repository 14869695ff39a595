package org.yomitori.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The H2 trigger that keeps the audit trail append-only: any UPDATE or DELETE of a row fails, so
 * not even a mistaken query (or a person with a SQL console) rewrites who changed what.
 * Registered by migration V12 on the {@code audit_trail} table.
 */
public final class AppendOnly implements Trigger {
    /** SQLState of the refusal: a general "feature not supported" error. */
    static final String SQL_STATE = "HY000";

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("the audit trail is append-only: rows cannot be changed or removed", SQL_STATE);
    }
}
