package io.gloss.publication;

import java.time.Instant;
import java.util.List;


/** A publication as the API shows it. */
public record PublicationView(String slug, String name, String locale, List<String> jurisdictions,
        MarkerPolicy markerPolicy, LabelPolicy labelPolicy, List<String> allowedOrigins, Instant createdAt,
        Instant updatedAt) {

    static PublicationView of(Publication p) {
        return new PublicationView(p.slug, p.name, p.locale, p.jurisdictions, p.markerPolicy, p.labelPolicy, p.allowedOrigins,
                p.createdAt, p.updatedAt);
    }
}
