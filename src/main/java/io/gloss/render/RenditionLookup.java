package io.gloss.render;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.gloss.registry.RegistryState;

/**
 * The read on every embed request the memory cache cannot answer, so it is one plain JDBC statement
 * (no ORM session, no transaction of its own): everything the output depends on, and the stored
 * rendition if there is one.
 */
@ApplicationScoped
public class RenditionLookup {

    /*
     * The annotations are summarised by count, sum of versions and highest id (one index scan): an
     * insert raises the highest id, a delete without insert lowers the count, an update raises the sum.
     */
    private static final String CURRENT = """
            select a.id, a.version, p.version, a.published_at,
                   (select concat(count(*), '.', coalesce(sum(n.version), 0), '.', coalesce(max(n.id), 0))
                    from annotation n where n.article_id = a.id),
                   (select s.revision from registry_state s where s.id = %d),
                   r.versions, r.etag, r.content
            from article a
            join publication p on p.id = a.publication_id
            left join rendition r on r.article_id = a.id and r.output = ?
            where p.slug = ? and a.external_id = ? and a.deleted_at is null""".formatted(RegistryState.SINGLE_ROW);

    /** An output's dependencies as stored now, and the stored rendition (null fields when none). */
    public record Current(long articleId, Instant publishedAt, String versions, String storedVersions,
            String storedEtag, String storedContent) {

        public boolean isPublicAt(Instant now) {
            return publishedAt != null && !publishedAt.isAfter(now);
        }
    }

    @Inject
    DataSource dataSource;

    /** {@code salt} joins the versions: what else the output depends on (the template set). */
    public Optional<Current> current(String slug, String externalId, Output output, String salt) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(CURRENT)) {
            statement.setString(1, output.name());
            statement.setString(2, slug);
            statement.setString(3, externalId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                OffsetDateTime publishedAt = row.getObject(4, OffsetDateTime.class);
                String versions = row.getLong(1) + ":" + row.getLong(2) + ":" + row.getLong(3) + ":" + publishedAt + ":"
                        + row.getString(5) + ":" + row.getLong(6) + ":" + salt;
                return Optional.of(new Current(row.getLong(1), publishedAt == null ? null : publishedAt.toInstant(),
                        versions, row.getString(7), row.getString(8), row.getString(9)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the versions of article " + externalId + " failed", e);
        }
    }
}
