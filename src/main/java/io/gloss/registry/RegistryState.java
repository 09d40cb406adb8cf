package io.gloss.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

/** The registry's revision: goes up with every change, in the same transaction. */
@Entity
@Table(name = "registry_state")
public class RegistryState extends PanacheEntityBase {

    public static final int SINGLE_ROW = 1;

    @Id
    public Integer id;

    @Column(nullable = false)
    public long revision;

    /** The release of the shipped registry this database has taken in (see {@link ShippedRegistry}). */
    @Column(name = "shipped_release", nullable = false)
    public int shippedRelease;

    public static long current() {
        return RegistryState.<RegistryState>findById(SINGLE_ROW).revision;
    }

    /** The release of the shipped registry this database took in, locking the row until the transaction ends. */
    static int lockShippedRelease() {
        return RegistryState.<RegistryState>findById(SINGLE_ROW, LockModeType.PESSIMISTIC_WRITE).shippedRelease;
    }

    // An update statement like bump(): writing the loaded row back would undo the revisions bumped meanwhile.
    static void recordShippedRelease(int release) {
        update("shippedRelease = ?1 where id = ?2", release, SINGLE_ROW);
    }

    /** Bumps the revision; the row lock also serialises concurrent registry writes. */
    static void bump() {
        update("revision = revision + 1 where id = ?1", SINGLE_ROW);
    }
}
