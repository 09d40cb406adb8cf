package io.gloss.annotation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.hibernate.Session;

import io.gloss.audit.ChangeHistory;
import io.gloss.audit.RevisionRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Writes imported annotations, with the recorded changes each brings, straight to their tables in JDBC
 * batches. Saved through Hibernate, each would stay in memory until the import's one transaction
 * commits (Envers keeps every audited change of a transaction for its end), so an import would grow
 * with its file. The rows are those Envers writes: the annotation, and an {@code annotation_aud} row for
 * each recorded change, in its revision.
 */
@ApplicationScoped
public class AnnotationRows {

    private static final String COLUMNS = "article_id, kind, status, body, target_exact, target_prefix, target_suffix, target_start, "
            + "target_end, anchor, target_source, canonical, via, version, created_by, created_at, updated_by, updated_at";
    private static final int COLUMN_COUNT = 18;
    private static final String INSERT = "INSERT INTO annotation (" + COLUMNS + ") VALUES (" + placeholders(COLUMN_COUNT) + ")";
    private static final String INSERT_CHANGE = "INSERT INTO annotation_aud (id, rev, revtype, " + COLUMNS + ") VALUES ("
            + placeholders(COLUMN_COUNT + 3) + ")";

    /** A change the annotation went through: in which revision (see {@link RevisionRows}), and what it was after it. */
    public record Change(long revision, ChangeHistory.Change change, Annotation state) {
    }

    /** An annotation as it is now, and its changes up to now, oldest first (at least its creation). */
    public record Recorded(Annotation annotation, List<Change> changes) {
    }

    @Inject
    EntityManager em;

    /** Inserts the annotations, giving each its id, and their changes; what the session holds is written first. */
    public void insert(List<Recorded> annotations) {
        if (annotations.isEmpty()) {
            return;
        }
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            insertAnnotations(connection, annotations);
            insertChanges(connection, annotations);
        });
    }

    /** A revision for changes recorded elsewhere: when, and by whom. */
    public long revision(Instant at, String by) {
        em.flush();
        return em.unwrap(Session.class).doReturningWork(connection -> RevisionRows.insert(connection, at, by));
    }

    private static void insertAnnotations(Connection connection, List<Recorded> annotations) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT, new String[] { "id" })) {
            for (Recorded recorded : annotations) {
                bind(insert, 1, recorded.annotation(), recorded.changes().size() - 1);
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet ids = insert.getGeneratedKeys()) {
                for (Recorded recorded : annotations) {
                    if (!ids.next()) {
                        throw new SQLException("The database gave fewer ids than annotations were inserted");
                    }
                    recorded.annotation().id = ids.getLong(1);
                }
            }
        }
    }

    private static void insertChanges(Connection connection, List<Recorded> annotations) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_CHANGE)) {
            for (Recorded recorded : annotations) {
                long version = 0;
                for (Change change : recorded.changes()) {
                    insert.setLong(1, recorded.annotation().id);
                    insert.setLong(2, change.revision());
                    insert.setShort(3, change.change().recorded.getRepresentation());
                    bind(insert, 4, change.state(), version++);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** Binds the {@link #COLUMNS} from {@code first}; the version counts the changes before this state. */
    private static void bind(PreparedStatement insert, int first, Annotation annotation, long version) throws SQLException {
        int column = first;
        insert.setLong(column++, annotation.article.id);
        insert.setString(column++, annotation.kind.name());
        insert.setString(column++, annotation.status.name());
        insert.setString(column++, annotation.body);
        Passage target = annotation.target;
        insert.setString(column++, target == null ? null : target.exact);
        insert.setString(column++, target == null ? null : target.prefix);
        insert.setString(column++, target == null ? null : target.suffix);
        setInteger(insert, column++, target == null ? null : target.start);
        setInteger(insert, column++, target == null ? null : target.end);
        insert.setString(column++, annotation.anchor == null ? null : annotation.anchor.name());
        insert.setString(column++, annotation.targetSource);
        insert.setString(column++, annotation.canonical);
        insert.setString(column++, annotation.via);
        insert.setLong(column++, version);
        insert.setString(column++, annotation.createdBy);
        insert.setObject(column++, OffsetDateTime.ofInstant(annotation.createdAt, ZoneOffset.UTC));
        insert.setString(column++, annotation.updatedBy);
        insert.setObject(column, OffsetDateTime.ofInstant(annotation.updatedAt, ZoneOffset.UTC));
    }

    private static void setInteger(PreparedStatement insert, int column, Integer value) throws SQLException {
        if (value == null) {
            insert.setNull(column, Types.INTEGER);
        } else {
            insert.setInt(column, value);
        }
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}
