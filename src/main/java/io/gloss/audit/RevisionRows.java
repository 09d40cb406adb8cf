package io.gloss.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Revisions written by hand, as {@link AuditRevision} would be, for changes recorded elsewhere: an
 * import restores an annotation's history with who made each change, and when.
 */
public final class RevisionRows {

    private static final String INSERT = "INSERT INTO audit_revision (changed_at, actor) VALUES (?, ?)";

    private RevisionRows() {
    }

    public static long insert(Connection connection, Instant at, String actor) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT, new String[] { "id" })) {
            insert.setLong(1, at.toEpochMilli());
            insert.setString(2, actor);
            insert.executeUpdate();
            try (ResultSet id = insert.getGeneratedKeys()) {
                if (!id.next()) {
                    throw new SQLException("The database gave no id for the revision");
                }
                return id.getLong(1);
            }
        }
    }
}
