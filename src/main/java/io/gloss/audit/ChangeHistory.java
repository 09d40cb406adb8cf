package io.gloss.audit;

import java.util.List;
import java.util.function.Function;

import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.hibernate.envers.query.criteria.AuditCriterion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Reads the recorded changes of one audited entity: who changed it, when, and what it was after each change. */
@ApplicationScoped
public class ChangeHistory {

    public enum Change {
        CREATED(RevisionType.ADD), UPDATED(RevisionType.MOD), DELETED(RevisionType.DEL);

        /** How Envers records it. */
        public final RevisionType recorded;

        Change(RevisionType recorded) {
            this.recorded = recorded;
        }

        static Change of(RevisionType recorded) {
            return java.util.Arrays.stream(values()).filter(change -> change.recorded == recorded).findFirst().orElseThrow();
        }
    }

    /** One recorded change; {@code state} is the entity right after it (its last state, for a deletion). */
    public record Entry<V>(long revision, java.time.Instant at, String by, Change change, V state) {
    }

    @Inject
    EntityManager em;

    /**
     * The recorded changes matching all {@code criteria} (an id, and a scope such as the article, so
     * an id from elsewhere finds nothing), oldest first.
     */
    public <T, V> List<Entry<V>> of(Class<T> type, List<AuditCriterion> criteria, Function<T, V> view) {
        AuditQuery query = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .addOrder(AuditEntity.revisionNumber().asc());
        criteria.forEach(query::add);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> entryOf(type.cast(row[0]), (AuditRevision) row[1], (RevisionType) row[2], view))
                .toList();
    }

    private static <T, V> Entry<V> entryOf(T state, AuditRevision revision, RevisionType type, Function<T, V> view) {
        return new Entry<>(revision.id, revision.changedAt(), revision.actor, Change.of(type), view.apply(state));
    }
}
