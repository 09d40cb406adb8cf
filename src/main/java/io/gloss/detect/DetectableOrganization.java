package io.gloss.detect;

import java.util.List;
import java.util.Objects;

/** What the detector needs to know about one registry organisation. */
public record DetectableOrganization(String slug, List<OrganizationName> names, List<LookAlike> lookAlikes) {

    public DetectableOrganization {
        Objects.requireNonNull(slug, "slug");
        names = List.copyOf(names);
        lookAlikes = lookAlikes == null ? List.of() : List.copyOf(lookAlikes);
    }
}
