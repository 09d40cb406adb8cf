package io.gloss.registry;

import java.time.LocalDate;

import io.gloss.http.Formats;
import io.gloss.http.HttpUrl;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A listing of an organisation by one jurisdiction, valid from {@code listedOn} until the day before
 * {@code delistedOn} (delisted or suspended; null while in force).
 */
public record Designation(
        @NotNull @Pattern(regexp = Formats.JURISDICTION, message = "must be an ISO 3166 code such as RU, or UN or EU") String jurisdiction,
        @NotNull DesignationCategory category,
        @Size(max = 300) String authority,
        @Size(max = 2000) String reference,
        @NotNull LocalDate listedOn,
        LocalDate delistedOn,
        Confidence confidence,
        @Size(max = 2000) String note,
        @Size(max = 2000) @HttpUrl String source) {

    /** Whether a label is due for an article of this date. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(listedOn) && (delistedOn == null || date.isBefore(delistedOn));
    }
}
