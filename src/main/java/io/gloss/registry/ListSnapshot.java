package io.gloss.registry;

import java.time.LocalDate;
import java.util.List;

import io.gloss.http.Formats;
import io.gloss.http.HttpUrl;
import io.gloss.http.LanguageTag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One copy of one official list: the format Gloss ships its lists in and the one an operator imports a
 * new copy in (JSON, one file per list; see docs/registry-lists.md). An entry names the organisation it
 * designates by slug where it is known; an entry without one is matched to the organisation that already
 * holds that entry of that list, or becomes a new organisation named as the list prints it.
 */
public record ListSnapshot(@NotNull @Valid Info list, @NotNull @Size(max = 20_000) List<@NotNull @Valid Entry> entries) {

    /** What the list is, and the day this copy was taken. */
    public record Info(
            @NotNull @Pattern(regexp = Formats.SLUG, message = "must be a list code such as ru-fsb-terrorist") String code,
            @NotBlank @Size(max = 1000) String title,
            @NotNull @Pattern(regexp = Formats.JURISDICTION, message = "must be an ISO 3166 code such as RU, or UN or EU") String jurisdiction,
            @NotNull DesignationCategory category,
            @NotBlank @Size(max = 300) String authority,
            @Size(max = 2000) @HttpUrl String officialUrl,
            /** The language the list prints names in; names of new organisations are taken in it. */
            @LanguageTag String language,
            @NotNull LocalDate asOf,
            /** False when the copy holds only what could be established of the list (no entry missing means nothing). */
            boolean complete,
            @Size(max = 2000) String source,
            @Size(max = 4000) String note) {
    }

    /**
     * One entry: {@code listedOn} is the earliest public date of the decision, {@code delistedOn} the day
     * a suspension ({@code suspended}) or removal took legal effect.
     */
    public record Entry(
            @NotBlank @Size(max = 50) String entry,
            @NotBlank @Size(max = 20_000) String printedName,
            @Size(max = 500) List<@NotBlank @Size(max = 300) String> names,
            @Pattern(regexp = Formats.SLUG, message = "must be an organisation slug") String organization,
            @Size(max = 300) String authority,
            @Size(max = 2000) String reference,
            @NotNull LocalDate listedOn,
            LocalDate effectiveOn,
            LocalDate delistedOn,
            Boolean suspended,
            Confidence confidence,
            @Size(max = 2000) String note,
            @Size(max = 2000) @HttpUrl String source) {

        /** The designation this entry makes, on the list it belongs to. */
        public Designation designation(Info list) {
            return new Designation(list.jurisdiction(), list.category(), authority, reference, listedOn, delistedOn,
                    confidence, note, source != null ? source : list.officialUrl(), list.code(), entry, printedName,
                    effectiveOn, Boolean.TRUE.equals(suspended) ? Boolean.TRUE : null);
        }
    }
}
