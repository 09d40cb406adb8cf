package io.gloss.detect;

import java.util.Objects;

/** One name of an organisation as the registry lists it, e.g. ("ru", ALIAS, "Аль-Каида"). */
public record OrganizationName(String language, NameKind kind, String value) {

    public OrganizationName {
        Objects.requireNonNull(kind, "kind");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an organisation name needs a value");
        }
    }
}
