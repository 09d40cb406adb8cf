package io.gloss.registry;

import java.time.LocalDate;

import io.gloss.http.Formats;
import io.gloss.http.HttpUrl;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A listing of an organisation by one jurisdiction, due from {@code listedOn} until the day before
 * {@code delistedOn} (null while in force). Where the dates differ, {@code listedOn} is the earliest
 * public one (the court decision) and {@code delistedOn} the latest (the day a suspension or removal
 * took legal effect): a label too many is safe, a missing one is a fine.
 *
 * <p>{@code list} and {@code entry} name the official list and the entry the facts come from;
 * {@code printedName} is the entry's name as the list prints it; {@code effectiveOn} the day the decision
 * took legal effect; {@code suspended} says that {@code delistedOn} is a suspension, not a removal.
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
        @Size(max = 2000) @HttpUrl String source,
        @Pattern(regexp = Formats.SLUG, message = "must be a list code such as ru-fsb-terrorist") String list,
        @Size(max = 50) String entry,
        @Size(max = 20_000) String printedName,
        LocalDate effectiveOn,
        Boolean suspended) {

    /** A listing that names no official list: the operator's own, or from an older import. */
    public Designation(String jurisdiction, DesignationCategory category, String authority, String reference,
            LocalDate listedOn, LocalDate delistedOn, Confidence confidence, String note, String source) {
        this(jurisdiction, category, authority, reference, listedOn, delistedOn, confidence, note, source, null, null,
                null, null, null);
    }

    /** Whether a label is due for an article of this date. */
    public boolean labelDueOn(LocalDate date) {
        return !date.isBefore(listedOn) && (delistedOn == null || date.isBefore(delistedOn));
    }

    /** Whether this listing comes from the given entry of the given list. */
    public boolean isEntry(String listCode, String entryNumber) {
        return listCode.equals(list) && entryNumber.equals(entry);
    }
}
