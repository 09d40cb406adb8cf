package io.gloss.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A site (tenant): its locale, the designation laws it follows and where its CMS runs. */
@Entity
public class Publication extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 64)
    public String slug;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(nullable = false, length = 35)
    public String locale;

    /** ISO 3166 codes (or UN/EU) of the jurisdictions whose designation lists this outlet follows. */
    @Convert(converter = CommaSeparated.class)
    @Column(nullable = false, length = 400)
    public List<String> jurisdictions = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "marker_policy", nullable = false, length = 10)
    public MarkerPolicy markerPolicy = MarkerPolicy.FIRST;

    @Enumerated(EnumType.STRING)
    @Column(name = "label_policy", nullable = false, length = 20)
    public LabelPolicy labelPolicy = LabelPolicy.AUTOMATIC;

    /** CMS origins allowed to call the API from a browser (CORS). */
    @Convert(converter = CommaSeparated.class)
    @Column(name = "allowed_origins", nullable = false, length = 4000)
    public List<String> allowedOrigins = new ArrayList<>();

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<Publication> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
