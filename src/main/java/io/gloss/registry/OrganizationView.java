package io.gloss.registry;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** An organisation as the API shows it: its slug and version, and the entry's fields. */
public record OrganizationView(String slug, long version, Instant createdAt, Instant updatedAt,
        @JsonUnwrapped OrganizationEntry entry) {

    public static OrganizationView of(Organization o) {
        return new OrganizationView(o.slug, o.version, o.createdAt, o.updatedAt, o.entry);
    }
}
