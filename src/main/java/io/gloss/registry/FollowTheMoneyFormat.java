package io.gloss.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.gloss.detect.NameKind;
import io.gloss.detect.OrganizationName;

/**
 * OpenSanctions' FollowTheMoney entities, one JSON object per line: {@code Organization} (and
 * {@code LegalEntity}) entities give names, {@code Sanction} entities give designations of the entity
 * they name. Organisations are keyed by their FtM id (kept as external id {@code opensanctions}), so
 * importing a newer export updates them instead of adding copies.
 */
public final class FollowTheMoneyFormat {

    public static final String EXTERNAL_ID = "opensanctions";
    private static final Set<String> ORGANISATION_SCHEMAS = Set.of("Organization", "LegalEntity");
    private static final ObjectMapper JSON = new ObjectMapper();

    private FollowTheMoneyFormat() {
    }

    /**
     * @param knownSlugs resolves the FtM id of an organisation already in the registry to its slug,
     *                   so a file of sanctions alone can add designations to it
     */
    public static ImportBatch read(Reader lines, Function<String, String> knownSlugs) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        List<Sanction> sanctions = new ArrayList<>();
        List<ImportBatch.LineError> errors = new ArrayList<>();
        // An organisation is written whole or not at all: a bad sanction of it holds it back.
        Set<String> heldBack = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(lines)) {
            int line = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                try {
                    JsonNode entity = JSON.readTree(text);
                    String schema = entity.path("schema").asText();
                    String id = entity.path("id").asText();
                    if (id.isEmpty()) {
                        throw new IllegalArgumentException("entity has no id");
                    }
                    if (ORGANISATION_SCHEMAS.contains(schema)) {
                        drafts.put(id, Draft.of(id, entity.path("properties"), line));
                    } else if (schema.equals("Sanction")) {
                        String sanctioned = first(entity.path("properties"), "entity");
                        try {
                            sanctions.add(Sanction.of(entity.path("properties"), line));
                        } catch (IllegalArgumentException e) {
                            if (sanctioned != null) {
                                heldBack.add(sanctioned);
                            }
                            throw e;
                        }
                    }
                    // Other schemas (Person, Address, ...) describe nothing the registry keeps.
                } catch (JsonProcessingException e) {
                    errors.add(new ImportBatch.LineError(line, "not a JSON object: " + e.getOriginalMessage()));
                } catch (IllegalArgumentException e) {
                    errors.add(new ImportBatch.LineError(line, e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Sanction sanction : sanctions) {
            Draft draft = drafts.get(sanction.entity);
            if (draft == null && knownSlugs.apply(sanction.entity) != null) {
                errors.add(new ImportBatch.LineError(sanction.line, "sanction of " + sanction.entity
                        + ": send it with its Organization entity, which the registry replaces as a whole"));
            } else if (draft == null) {
                errors.add(new ImportBatch.LineError(sanction.line, "sanction names entity " + sanction.entity
                        + ", which is neither in this file nor in the registry"));
            } else {
                draft.designations.add(sanction.designation);
            }
        }
        List<ImportBatch.Parsed> parsed = new ArrayList<>();
        for (Draft draft : drafts.values()) {
            if (heldBack.contains(draft.id)) {
                errors.add(new ImportBatch.LineError(draft.line, draft.id + ": not imported because one of its sanctions is invalid"));
            } else {
                parsed.add(new ImportBatch.Parsed(slugFor(draft.id, knownSlugs), draft.id, draft.entry(), draft.line));
            }
        }
        errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new ImportBatch(parsed, errors);
    }

    private static String slugFor(String ftmId, Function<String, String> knownSlugs) {
        String known = knownSlugs.apply(ftmId);
        if (known != null) {
            return known;
        }
        String slug = ("os-" + ftmId.toLowerCase(Locale.ROOT)).replaceAll("[^a-z0-9]+", "-").replaceAll("-+$", "");
        return slug.length() <= 64 ? slug : slug.substring(0, 64).replaceAll("-+$", "");
    }

    private record Sanction(String entity, Designation designation, int line) {
        static Sanction of(JsonNode properties, int line) {
            String entity = first(properties, "entity");
            if (entity == null) {
                throw new IllegalArgumentException("sanction names no entity");
            }
            String country = first(properties, "country");
            if (country == null) {
                throw new IllegalArgumentException("sanction of " + entity + " has no country (the jurisdiction)");
            }
            String listed = first(properties, "listingDate") != null ? first(properties, "listingDate") : first(properties, "startDate");
            if (listed == null) {
                throw new IllegalArgumentException("sanction of " + entity + " has neither listingDate nor startDate");
            }
            String program = first(properties, "program");
            String reason = String.join(" ", texts(properties, "program"), texts(properties, "reason")).toLowerCase(Locale.ROOT);
            boolean approximate = listed.length() < 10;
            return new Sanction(entity, new Designation(
                    country.toUpperCase(Locale.ROOT),
                    reason.contains("extrem") ? DesignationCategory.EXTREMIST : DesignationCategory.TERRORIST,
                    first(properties, "authority"), program, date(listed, "listingDate"),
                    first(properties, "endDate") == null ? null : date(first(properties, "endDate"), "endDate"),
                    approximate ? Confidence.LOW : Confidence.MEDIUM,
                    approximate ? "listing date known only as " + listed : null,
                    first(properties, "sourceUrl")), line);
        }
    }

    /** One organisation's names, gathered from its entity. */
    private static final class Draft {
        final String id;
        final int line;
        final List<OrganizationName> names = new ArrayList<>();
        final List<Designation> designations = new ArrayList<>();

        private Draft(String id, int line) {
            this.id = id;
            this.line = line;
        }

        static Draft of(String id, JsonNode properties, int line) {
            Draft draft = new Draft(id, line);
            List<String> primary = new ArrayList<>();
            for (JsonNode name : properties.path("name")) {
                String language = languageOf(name.asText());
                boolean first = !primary.contains(language);
                primary.add(language);
                draft.names.add(new OrganizationName(language, first ? NameKind.PRIMARY : NameKind.ALIAS, name.asText()));
            }
            if (draft.names.isEmpty()) {
                throw new IllegalArgumentException("organisation " + id + " has no name");
            }
            draft.addAll(properties, "alias", NameKind.ALIAS);
            // Weak aliases are short or generic names: matched as strictly as abbreviations.
            draft.addAll(properties, "weakAlias", NameKind.ABBREVIATION);
            draft.addAll(properties, "abbreviation", NameKind.ABBREVIATION);
            draft.addAll(properties, "previousName", NameKind.FORMER_NAME);
            return draft;
        }

        private void addAll(JsonNode properties, String property, NameKind kind) {
            for (JsonNode name : properties.path(property)) {
                names.add(new OrganizationName(languageOf(name.asText()), kind, name.asText()));
            }
        }

        OrganizationEntry entry() {
            Map<String, String> externalIds = new TreeMap<>(Map.of(EXTERNAL_ID, id));
            return new OrganizationEntry(names.get(0).value(), names, Map.of(), List.of(), externalIds, List.of(),
                    Confidence.MEDIUM, "imported from OpenSanctions", designations);
        }
    }

    /** FtM names carry no language; the script is a fair guess for the languages Gloss analyses. */
    static String languageOf(String name) {
        for (int i = 0; i < name.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(name.codePointAt(i));
            if (script == Character.UnicodeScript.CYRILLIC) {
                return "ru";
            }
            if (script == Character.UnicodeScript.ARABIC) {
                return "ar";
            }
        }
        return "en";
    }

    private static String first(JsonNode properties, String property) {
        JsonNode values = properties.path(property);
        return values.isArray() && !values.isEmpty() ? values.get(0).asText() : null;
    }

    private static String texts(JsonNode properties, String property) {
        List<String> texts = new ArrayList<>();
        properties.path(property).forEach(value -> texts.add(value.asText()));
        return String.join(" ", texts);
    }

    /** FtM dates may be a year or a month only: such a listing counts from the first day of it. */
    private static LocalDate date(String value, String property) {
        try {
            return switch (value.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(value), 1, 1);
                case 7 -> LocalDate.parse(value + "-01");
                default -> LocalDate.parse(value.substring(0, Math.min(10, value.length())));
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(property + " '" + value + "' is not a date");
        }
    }
}
