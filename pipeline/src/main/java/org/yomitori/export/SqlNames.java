package org.yomitori.export;

/** The SQL names an endpoint may use: plain ones only, so they are never quoted and fold as the database folds them. */
final class SqlNames {
    static final String NAME = "[A-Za-z_][A-Za-z0-9_]{0,62}";
    static final String QUALIFIED = NAME + "(\\." + NAME + ")?";

    private SqlNames() {
    }
}
