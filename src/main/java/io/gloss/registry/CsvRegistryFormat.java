package io.gloss.registry;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.gloss.detect.NameKind;
import io.gloss.detect.LookAlike;
import io.gloss.detect.OrganizationName;

/**
 * The registry as CSV (RFC 4180, UTF-8, header row), one fact per row, so a spreadsheet of
 * designations imports as it is kept:
 *
 * <pre>
 * slug,type,language,kind,value,jurisdiction,category,authority,reference,listed_on,delisted_on,confidence,note,source
 * isis,organization,,,Islamic State,,,,,,,HIGH,,
 * isis,name,en,ALIAS,Daesh,,,,,,,,,
 * isis,label,en,,"Daesh (ISIS, ISIL, IS, Islamic State)",,,,,,,,,
 * isis,lookalike,en,,ISIS Neutron and Muon Source,,,,,,,,,
 * isis,external_id,,wikidata,Q2429253,,,,,,,,,
 * isis,designation,,,,RU,TERRORIST,Supreme Court of Russia,,2014-12-29,,HIGH,,https://...
 * </pre>
 *
 * Every organisation needs one {@code organization} row. The rows of a slug describe it whole:
 * importing replaces what the registry held for it.
 */
public final class CsvRegistryFormat {

    static final String[] COLUMNS = { "slug", "type", "language", "kind", "value", "jurisdiction", "category",
            "authority", "reference", "listed_on", "delisted_on", "confidence", "note", "source" };

    private CsvRegistryFormat() {
    }

    public static ImportBatch read(Reader csv) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        List<ImportBatch.LineError> errors = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get().parse(csv)) {
            List<String> missing = new ArrayList<>(List.of(COLUMNS));
            missing.removeAll(parser.getHeaderNames());
            if (!missing.isEmpty()) {
                errors.add(new ImportBatch.LineError(1, "missing columns " + missing + "; expected " + List.of(COLUMNS)));
                return new ImportBatch(List.of(), errors);
            }
            for (CSVRecord row : parser) {
                int line = (int) row.getRecordNumber() + 1;
                String slug = row.get("slug");
                if (slug.isEmpty()) {
                    errors.add(new ImportBatch.LineError(line, "slug is empty"));
                    continue;
                }
                Draft draft = drafts.computeIfAbsent(slug, s -> new Draft(line));
                try {
                    draft.add(row);
                } catch (IllegalArgumentException e) {
                    draft.failed = true;
                    errors.add(new ImportBatch.LineError(line, slug + ": " + e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException e) {
            errors.add(new ImportBatch.LineError(0, "not readable as CSV: " + e.getMessage()));
        }
        List<ImportBatch.Parsed> parsed = new ArrayList<>();
        drafts.forEach((slug, draft) -> {
            if (draft.failed) {
                errors.add(new ImportBatch.LineError(draft.firstLine, slug + ": not imported because of the errors above"));
            } else if (draft.canonicalName == null) {
                errors.add(new ImportBatch.LineError(draft.firstLine, slug + ": has no 'organization' row"));
            } else {
                parsed.add(new ImportBatch.Parsed(slug, null, draft.entry(), draft.firstLine));
            }
        });
        errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new ImportBatch(parsed, errors);
    }

    /** The rows of one slug, gathered. */
    private static final class Draft {
        final int firstLine;
        boolean failed;
        String canonicalName;
        Confidence confidence;
        String note;
        final List<OrganizationName> names = new ArrayList<>();
        final Map<String, String> labels = new TreeMap<>();
        final List<LookAlike> lookAlikes = new ArrayList<>();
        final Map<String, String> externalIds = new TreeMap<>();
        final List<Designation> designations = new ArrayList<>();

        Draft(int firstLine) {
            this.firstLine = firstLine;
        }

        void add(CSVRecord row) {
            String type = row.get("type").toLowerCase(Locale.ROOT);
            switch (type) {
                case "organization", "organisation" -> {
                    if (canonicalName != null) {
                        throw new IllegalArgumentException("a second 'organization' row");
                    }
                    canonicalName = required(row, "value");
                    confidence = optionalEnum(row, "confidence", Confidence.class);
                    note = blankToNull(row.get("note"));
                }
                case "name" -> names.add(new OrganizationName(required(row, "language"),
                        requiredEnum(row, "kind", NameKind.class), required(row, "value")));
                case "label" -> labels.put(required(row, "language"), required(row, "value"));
                case "lookalike" -> lookAlikes.add(new LookAlike(required(row, "language"), required(row, "value")));
                case "external_id" -> externalIds.put(required(row, "kind").toLowerCase(Locale.ROOT), required(row, "value"));
                case "designation" -> designations.add(new Designation(
                        required(row, "jurisdiction").toUpperCase(Locale.ROOT),
                        requiredEnum(row, "category", DesignationCategory.class),
                        blankToNull(row.get("authority")), blankToNull(row.get("reference")),
                        date(required(row, "listed_on"), "listed_on"), optionalDate(row, "delisted_on"),
                        optionalEnum(row, "confidence", Confidence.class), blankToNull(row.get("note")),
                        blankToNull(row.get("source"))));
                default -> throw new IllegalArgumentException("type '" + row.get("type")
                        + "' is not one of organization, name, label, lookalike, external_id, designation");
            }
        }

        OrganizationEntry entry() {
            return new OrganizationEntry(canonicalName, names, labels, lookAlikes, externalIds, List.of(), confidence, note,
                    designations);
        }
    }

    private static String required(CSVRecord row, String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(column + " is empty");
        }
        return value;
    }

    private static <E extends Enum<E>> E requiredEnum(CSVRecord row, String column, Class<E> type) {
        E value = optionalEnum(row, column, type);
        if (value == null) {
            throw new IllegalArgumentException(column + " is empty");
        }
        return value;
    }

    private static <E extends Enum<E>> E optionalEnum(CSVRecord row, String column, Class<E> type) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(column + " '" + value + "' is not one of " + new TreeSet<>(List.of(type.getEnumConstants()).stream().map(Enum::name).toList()));
        }
    }

    private static LocalDate optionalDate(CSVRecord row, String column) {
        String value = row.get(column);
        return value.isEmpty() ? null : date(value, column);
    }

    private static LocalDate date(String value, String column) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(column + " '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
