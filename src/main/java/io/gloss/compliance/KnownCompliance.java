package io.gloss.compliance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An article's compliance as last recorded (when the article or the registry changed), so a rescan
 * after a registry change can tell which articles the change affected.
 */
@Entity
@Table(name = "article_compliance")
public class KnownCompliance extends PanacheEntityBase {

    @Id
    @Column(name = "article_id")
    public Long articleId;

    @Column(nullable = false, length = 10)
    public String status;

    /** A digest of that compliance report, to tell whether a registry change changed it. */
    @Column(nullable = false, length = 64)
    public String fingerprint;
}
