package io.gloss.detect;

import io.gloss.http.Formats;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One name of an organisation in one language. The limits are those the registry API accepts. */
public record OrganizationName(
        @NotBlank @Size(max = 35) @Pattern(regexp = Formats.LOCALE, message = "must be a language tag such as en or ru") String language,
        @NotNull NameKind kind,
        @NotBlank @Size(max = 300) String value) {
}
