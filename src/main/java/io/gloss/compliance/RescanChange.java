package io.gloss.compliance;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An article whose compliance a rescan found changed: from which status to which, and what it owes now. */
@Entity
@Table(name = "rescan_change")
public class RescanChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "job_id", nullable = false)
    public Long jobId;

    @Column(name = "publication_slug", nullable = false, length = 64)
    public String publication;

    @Column(name = "external_id", nullable = false, length = 200)
    public String externalId;

    @Column(name = "status_before", length = 10)
    public String statusBefore;

    @Column(name = "status_after", nullable = false, length = 10)
    public String statusAfter;

    /** What the article owes now, e.g. "MISSING RU:hts:missing RU:isis:labelled". */
    @Column(name = "summary_after", nullable = false, length = 4000)
    public String summaryAfter;

    public static List<RescanChange> page(long jobId, int page, int size) {
        return find("jobId = ?1 order by id", jobId).page(Page.of(page, size)).list();
    }
}
