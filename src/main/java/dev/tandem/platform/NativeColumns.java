package dev.tandem.platform;

import java.sql.Clob;
import java.sql.SQLException;

/** Reads values of native query results the same way on every supported database. */
public final class NativeColumns {

    private NativeColumns() {
    }

    /** A TEXT column: H2 returns it as a CLOB, PostgreSQL as a String; null reads as empty. */
    public static String text(Object column) {
        if (column instanceof Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read a text column", e);
            }
        }
        return column == null ? "" : column.toString();
    }
}
