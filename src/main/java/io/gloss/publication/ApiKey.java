package io.gloss.publication;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A publication's API key. Only a SHA-256 hash of the secret is stored: the key itself is shown
 * once, when it is created. Revoked keys stay so the audit trail can still name them.
 */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "publication_id")
    public Publication publication;

    @Column(nullable = false, length = 16)
    public String role;

    @Column(length = 100)
    public String label;

    @Column(name = "key_hash", nullable = false, unique = true, length = 64)
    public String keyHash;

    /** The first characters of the key, so an operator can tell keys apart without the secret. */
    @Column(name = "key_hint", nullable = false, length = 16)
    public String keyHint;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public static Optional<ApiKey> findActiveByHash(String keyHash) {
        return find("select k from ApiKey k join fetch k.publication where k.keyHash = ?1 and k.revokedAt is null",
                keyHash).firstResultOptional();
    }

    public static List<ApiKey> listFor(Publication publication) {
        return list("publication = ?1 order by id", publication);
    }
}
