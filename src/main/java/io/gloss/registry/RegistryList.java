package io.gloss.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An official list that designations come from (the FSB's terrorist list, the Ministry of Justice's
 * extremist list, the US FTO list ...), and how old Gloss's copy of it is: a stale copy can only say
 * "not checked since", never "nothing to label". Changes are recorded.
 */
@Entity
@Audited
@Table(name = "registry_list")
public class RegistryList extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 64)
    public String code;

    @Column(nullable = false, length = 1000)
    public String title;

    @Column(nullable = false, length = 2)
    public String jurisdiction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public DesignationCategory category;

    @Column(nullable = false, length = 300)
    public String authority;

    @Column(name = "official_url", length = 2000)
    public String officialUrl;

    /** The day the copy Gloss holds was taken from the official source. */
    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;

    /** False for a list Gloss holds only in part (what could be established from official texts). */
    @Column(nullable = false)
    public boolean complete;

    @Column(name = "entry_count", nullable = false)
    public int entryCount;

    /** Where the copy came from (a mirror, a gazette), when not the official URL itself. */
    @Column(length = 2000)
    public String source;

    @Column(length = 4000)
    public String note;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<RegistryList> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static List<RegistryList> ofJurisdictions(List<String> jurisdictions) {
        return list("jurisdiction in ?1 order by code", jurisdictions);
    }

    public static List<RegistryList> all() {
        return list("order by jurisdiction, code");
    }
}
