package io.gloss.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
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

    /** Bumps the revision; the row lock also serialises concurrent registry writes. */
    static void bump() {
        update("revision = revision + 1 where id = ?1", SINGLE_ROW);
    }
}
