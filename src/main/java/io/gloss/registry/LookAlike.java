package io.gloss.registry;

import io.gloss.http.Formats;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A phrase that contains a name but is something else ("ISIS Neutron and Muon Source"). */
public record LookAlike(
        @NotBlank @Size(max = 35) @Pattern(regexp = Formats.LOCALE, message = "must be a language tag such as en or ru") String language,
        @NotBlank @Size(max = 300) String value) {
}
