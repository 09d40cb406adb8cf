package io.gloss.publication;

import java.util.List;

import io.gloss.InvisibleCharacters;
import io.gloss.http.Formats;
import io.gloss.http.LanguageTag;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an operator sends to create or change a publication. */
@JsonIgnoreProperties(value = { "slug", "version", "createdAt", "updatedAt" }, allowGetters = false)
public record PublicationRequest(
        @NotBlank @Size(max = 200) String name,
        @LanguageTag String locale,
        @Size(max = 20) List<@NotNull @Pattern(regexp = Formats.JURISDICTION, message = "must be an ISO 3166 code such as RU, or UN or EU") String> jurisdictions,
        MarkerPolicy markerPolicy,
        LabelPolicy labelPolicy,
        @Size(max = 20) List<@NotNull @Size(max = 150) @Pattern(regexp = Formats.ORIGIN, message = "must be an origin such as https://cms.example.com") String> allowedOrigins) {

    public PublicationRequest {
        name = InvisibleCharacters.strip(name);
    }
}
