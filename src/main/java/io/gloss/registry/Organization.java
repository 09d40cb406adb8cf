package io.gloss.registry;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** An organisation of the designation registry, addressed by a stable slug. Changes are recorded. */
@Entity
@Audited
public class Organization extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 64)
    public String slug;

    /** Copied out of the entry so listings can sort and search without reading JSON. */
    @Column(name = "canonical_name", nullable = false, length = 300)
    public String canonicalName;

    @Convert(converter = EntryJson.class)
    @Column(nullable = false, length = 200_000)
    public OrganizationEntry entry;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<Organization> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Organisations whose slug or any name contains {@code query} (case-insensitive), by canonical name. */
    public static List<Organization> search(String query, int page, int size) {
        if (query == null || query.isBlank()) {
            return find("order by canonicalName, slug").page(Page.of(page, size)).list();
        }
        String like = "%" + query.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return find("lower(slug) like ?1 escape '\\' or lower(cast(entry as string)) like ?1 escape '\\' order by canonicalName, slug", like)
                .page(Page.of(page, size)).list();
    }
}
