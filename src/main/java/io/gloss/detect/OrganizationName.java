package io.gloss.detect;

import io.gloss.InvisibleCharacters;

/**
 * One name of an organisation as the registry lists it, e.g. ("ru", ALIAS, "Аль-Каида"). The
 * registry validates names before they are stored (see registry.NameConstraints).
 */
public record OrganizationName(String language, NameKind kind, String value) {

    public OrganizationName {
        value = InvisibleCharacters.strip(value);
    }
}
