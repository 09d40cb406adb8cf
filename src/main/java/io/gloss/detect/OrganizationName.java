package io.gloss.detect;

import io.gloss.InvisibleCharacters;
import io.gloss.http.LanguageTag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One name of an organisation as the registry lists it, e.g. ("ru", ALIAS, "Аль-Каида"). The
 * registry validates names before they are stored, with the limits below.
 */
public record OrganizationName(
        @LanguageTag String language,
        @NotNull NameKind kind,
        @NotBlank @Size(max = 300) String value) {

    public OrganizationName {
        value = InvisibleCharacters.strip(value);
    }
}
