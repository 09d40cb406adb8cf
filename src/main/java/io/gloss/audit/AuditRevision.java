package io.gloss.audit;

import java.time.Instant;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One recorded change set: when, and which key made it. An explicit identity column keeps the
 * revision numbering the same on H2 and PostgreSQL (Envers' default differs between them).
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    public Long id;

    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    public long changedAt;

    @Column(nullable = false, length = 200)
    public String actor;

    public Instant changedAt() {
        return Instant.ofEpochMilli(changedAt);
    }
}
