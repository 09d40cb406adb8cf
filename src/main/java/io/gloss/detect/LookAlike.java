package io.gloss.detect;

import io.gloss.http.LanguageTag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Something else that shares an organisation's name, e.g. "Al-Shabab FC" or "ISIS Neutron and Muon Source".
 * Wherever it occurs, hits of the organisation it overlaps are not mentions.
 */
public record LookAlike(
        @LanguageTag String language,
        @NotBlank @Size(max = 300) String value) {
}
