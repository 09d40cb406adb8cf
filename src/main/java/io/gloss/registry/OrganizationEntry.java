package io.gloss.registry;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.gloss.detect.LookAlike;
import io.gloss.detect.OrganizationName;
import io.gloss.http.LanguageTag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Everything the registry knows about one organisation, as the operator API takes and shows it and
 * as it is stored. {@code labels} holds the footnote label per locale (en: "Daesh (ISIS, ISIL, IS,
 * Islamic State)"). {@code relations} say whose designation it carries until its own (a successor, unit or
 * brand).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = { "slug", "version", "createdAt", "updatedAt" })
public record OrganizationEntry(
        @NotBlank @Size(max = 300) String canonicalName,
        @NotEmpty @Size(max = 500) List<@NotNull @Valid OrganizationName> names,
        @Size(max = 50) Map<@LanguageTag String, @NotBlank @Size(max = 500) String> labels,
        @Size(max = 200) List<@NotNull @Valid LookAlike> lookAlikes,
        @Size(max = 20) Map<@Pattern(regexp = "[a-z][a-z0-9_-]{0,31}", message = "must be a short lowercase scheme such as wikidata") String, @NotBlank @Size(max = 200) String> externalIds,
        @Size(max = 50) List<@NotNull @Valid Relation> relations,
        Confidence confidence,
        @Size(max = 2000) String note,
        @Size(max = 100) List<@NotNull @Valid Designation> designations) {

    /**
     * The same entry with every optional collection present (readers need no null checks) and maps
     * in key order, so equal entries are stored as equal JSON.
     */
    public OrganizationEntry normalised() {
        return new OrganizationEntry(canonicalName, List.copyOf(names), sorted(labels),
                lookAlikes == null ? List.of() : List.copyOf(lookAlikes), sorted(externalIds),
                relations == null ? List.of() : List.copyOf(relations), confidence,
                note, designations == null ? List.of() : List.copyOf(designations));
    }

    private static Map<String, String> sorted(Map<String, String> map) {
        return map == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}
