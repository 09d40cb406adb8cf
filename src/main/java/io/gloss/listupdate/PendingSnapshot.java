package io.gloss.listupdate;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A new copy of an official list as it arrived (uploaded by the operator or fetched on schedule), kept
 * with its difference to the registry until someone applies or discards it.
 */
@Entity
@Table(name = "list_snapshot")
public class PendingSnapshot extends PanacheEntityBase {

    /** What the columns hold; a larger snapshot is refused (the largest official list is far below it). */
    static final int MAX_CHARS = 1_000_000;

    public enum State {
        PENDING, APPLIED, DISCARDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "list_code", nullable = false, length = 64)
    public String listCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public State state;

    /** "upload", or the URL it was fetched from. */
    @Column(nullable = false, length = 2000)
    public String origin;

    /** The snapshot as JSON. */
    @Column(nullable = false, length = PendingSnapshot.MAX_CHARS)
    public String body;

    /** Its difference to the registry when it arrived (applying compares again), as JSON. */
    @Column(nullable = false, length = PendingSnapshot.MAX_CHARS)
    public String diff;

    @Column(name = "received_by", nullable = false, length = 200)
    public String receivedBy;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "decided_by", length = 200)
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "rescan_job_id")
    public Long rescanJobId;

    public static List<PendingSnapshot> ofList(String code) {
        return list("listCode = ?1 order by id desc", code);
    }

    public static boolean isPending(String code, String body) {
        return count("listCode = ?1 and state = ?2 and body = ?3", code, State.PENDING, body) > 0;
    }
}
