package io.gloss.compliance;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A rescan of all articles after a registry change: its progress, and when done, how many changed. */
@Entity
@Table(name = "rescan_job")
public class RescanJob extends PanacheEntityBase {

    public enum Status {
        RUNNING, DONE, FAILED
    }

    /** A running job whose node stopped beating this long ago is taken for dead. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Status status;

    @Column(nullable = false)
    public int total;

    @Column(nullable = false)
    public int done;

    @Column(nullable = false)
    public int affected;

    @Column(name = "started_by", nullable = false, length = 200)
    public String startedBy;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "heartbeat_at", nullable = false)
    public Instant heartbeatAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(length = 2000)
    public String failure;

    /** The job still running on some node, if any. */
    public static Optional<RescanJob> running() {
        return find("status = ?1 and heartbeatAt > ?2 order by id desc", Status.RUNNING,
                Instant.now().minus(ABANDONED_AFTER)).firstResultOptional();
    }
}
