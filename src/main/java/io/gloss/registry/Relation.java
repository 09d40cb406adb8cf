package io.gloss.registry;

import java.time.LocalDate;

import io.gloss.http.Formats;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * How an organisation stands to another one in the registry, for the labels it inherits: until its own
 * listing, a renamed successor carries its predecessor's designation (Russian outlets labelled HTS as the
 * renamed al-Nusra Front before HTS's own listing), a unit its parent's, and a brand its owner's
 * (Instagram is labelled as Meta's). {@code since}: the day the relation began, when known; before it
 * nothing is inherited.
 */
public record Relation(
        @NotNull Kind kind,
        @NotNull @Pattern(regexp = Formats.SLUG, message = "must be an organisation slug") String organization,
        LocalDate since,
        @Size(max = 2000) String note) {

    public enum Kind {
        /** This organisation is the renamed or successor organisation of the other. */
        SUCCESSOR_OF,
        /** A unit, branch or cell of the other. */
        UNIT_OF,
        /** A product or brand the other owns. */
        BRAND_OF
    }

    public boolean holdsOn(LocalDate date) {
        return since == null || !date.isBefore(since);
    }
}
