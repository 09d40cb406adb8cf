package io.gloss.registry;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Imports a file into the registry. Idempotent: an organisation is matched by its slug (CSV) or
 * its OpenSanctions id (FtM) and updated, never duplicated. Bad lines are reported and their
 * organisation left as it was; the rest is written in one transaction.
 */
@ApplicationScoped
public class RegistryImport {

    public enum Format {
        CSV, FTM
    }

    public record Report(int created, int updated, int unchanged, List<ImportBatch.LineError> errors) {
    }

    @Inject
    RegistryService registry;

    @Transactional
    public Report run(Format format, Reader file) {
        Map<String, Organization> byOpenSanctionsId = byOpenSanctionsId();
        ImportBatch batch = switch (format) {
            case CSV -> CsvRegistryFormat.read(file);
            case FTM -> FollowTheMoneyFormat.read(file,
                    id -> byOpenSanctionsId.containsKey(id) ? byOpenSanctionsId.get(id).slug : null);
        };
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<ImportBatch.LineError> errors = new ArrayList<>(batch.errors());
        for (ImportBatch.Parsed parsed : batch.organizations()) {
            Organization existing = parsed.externalKey() == null ? null : byOpenSanctionsId.get(parsed.externalKey());
            OrganizationEntry entry = existing == null ? parsed.entry() : keepEditorialFields(existing.entry, parsed.entry());
            List<String> problems = registry.problemsOf(entry);
            if (!problems.isEmpty()) {
                errors.add(new ImportBatch.LineError(parsed.firstLine(), parsed.slug() + ": " + String.join("; ", problems)));
                continue;
            }
            RegistryService.Upserted result = registry.upsert(parsed.slug(), entry, null);
            if (result.created()) {
                created++;
            } else if (result.changed()) {
                updated++;
            } else {
                unchanged++;
            }
        }
        errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Report(created, updated, unchanged, errors);
    }

    /** FtM carries names and sanctions only; labels, look-alikes and notes an operator wrote stay. */
    private static OrganizationEntry keepEditorialFields(OrganizationEntry current, OrganizationEntry imported) {
        return new OrganizationEntry(imported.canonicalName(), imported.names(), current.labels(), current.lookAlikes(),
                mergedIds(current.externalIds(), imported.externalIds()), current.relations(), current.confidence(),
                current.note(), imported.designations());
    }

    private static Map<String, String> mergedIds(Map<String, String> current, Map<String, String> imported) {
        Map<String, String> ids = new HashMap<>(current);
        ids.putAll(imported);
        return ids;
    }

    private static Map<String, Organization> byOpenSanctionsId() {
        Map<String, Organization> index = new HashMap<>();
        for (Organization organization : Organization.<Organization>listAll()) {
            String id = organization.entry.externalIds().get(FollowTheMoneyFormat.EXTERNAL_ID);
            if (id != null) {
                index.put(id, organization);
            }
        }
        return index;
    }
}
