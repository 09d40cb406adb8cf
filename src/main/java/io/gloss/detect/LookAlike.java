package io.gloss.detect;

import io.gloss.http.Formats;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Something else that shares an organisation's name, e.g. "Al-Shabab FC" or "ISIS Neutron and Muon Source".
 * Wherever it occurs, hits of the organisation it overlaps are not mentions.
 */
public record LookAlike(
        @NotBlank @Size(max = 35) @Pattern(regexp = Formats.LOCALE, message = "must be a language tag such as en or ru") String language,
        @NotBlank @Size(max = 300) String value) {
}
