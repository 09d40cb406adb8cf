package io.gloss.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.gloss.detect.NameKind;
import io.gloss.detect.OrganizationName;
import io.gloss.http.ProblemException;
import io.gloss.http.RequestProblems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * The official lists and their entries in the registry: compares a new copy of a list with what the
 * registry holds, and applies it. Applying writes each changed organisation through
 * {@link RegistryService}, so every change is validated, recorded in the history and seen by every node.
 */
@ApplicationScoped
public class RegistryLists {

    @Inject
    RegistryService registry;

    @Inject
    Validator validator;

    public RegistryList find(String code) {
        return RegistryList.findByCode(code)
                .orElseThrow(() -> ProblemException.notFound("No list '" + code + "' in the registry"));
    }

    /** Refuses a snapshot that breaks the format's rules, with the fields at fault. */
    public void validate(ListSnapshot snapshot) {
        Set<ConstraintViolation<ListSnapshot>> violations = validator.validate(snapshot);
        if (!violations.isEmpty()) {
            throw RequestProblems.invalid(violations, null);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < snapshot.entries().size(); i++) {
            if (!seen.add(snapshot.entries().get(i).entry())) {
                throw ProblemException.invalid("entries[" + i + "].entry",
                        "entry " + snapshot.entries().get(i).entry() + " appears twice");
            }
        }
    }

    /** What applying the snapshot would change; changes nothing. */
    @Transactional
    public ListDiff diff(ListSnapshot snapshot) {
        validate(snapshot);
        LocalDate before = RegistryList.findByCode(snapshot.list().code()).map(l -> l.asOf).orElse(null);
        return ListDiff.between(before, held(snapshot.list().code()), snapshot);
    }

    /**
     * Makes the registry hold the snapshot: the list's facts, one designation per entry on the organisation
     * it names (created where the registry has none), and entries that a complete list no longer prints
     * delisted from its date. Returns what changed.
     */
    @Transactional
    public ListDiff apply(ListSnapshot snapshot) {
        validate(snapshot);
        ListSnapshot.Info info = snapshot.list();
        RegistryList list = RegistryList.findByCode(info.code()).orElseGet(RegistryList::new);
        Map<String, ListDiff.Held> held = held(info.code());
        ListDiff diff = ListDiff.between(list.asOf, held, snapshot);

        Map<String, List<Designation>> designationsOf = new HashMap<>();
        for (ListSnapshot.Entry entry : snapshot.entries()) {
            ListDiff.Held holder = held.get(entry.entry());
            String slug = entry.organization() != null ? entry.organization()
                    : holder != null ? holder.organization() : generatedSlug(info, entry);
            if (Organization.findBySlug(slug).isEmpty()) {
                newOrganization(slug, info, entry);
            }
            if (holder != null && !holder.organization().equals(slug)) {
                // The entry moved to another organisation: the old one no longer holds it.
                designationsOf.computeIfAbsent(holder.organization(), s -> new ArrayList<>());
            }
            designationsOf.computeIfAbsent(slug, s -> new ArrayList<>()).add(entry.designation(info));
        }
        // Entries this copy does not print: a complete list no longer has them; an incomplete copy says nothing.
        Set<String> printed = new HashSet<>();
        snapshot.entries().forEach(entry -> printed.add(entry.entry()));
        held.forEach((entry, holder) -> {
            if (!printed.contains(entry)) {
                Designation kept = info.complete() && holder.designation().delistedOn() == null
                        ? withDelisting(holder.designation(), info.asOf())
                        : holder.designation();
                designationsOf.computeIfAbsent(holder.organization(), s -> new ArrayList<>()).add(kept);
            }
        });
        designationsOf.forEach((slug, designations) -> replaceListDesignations(slug, info.code(), designations));

        list.code = info.code();
        list.title = info.title();
        list.jurisdiction = info.jurisdiction();
        list.category = info.category();
        list.authority = info.authority();
        list.officialUrl = info.officialUrl();
        list.asOf = info.asOf();
        list.complete = info.complete();
        list.entryCount = snapshot.entries().size();
        list.source = info.source();
        list.note = info.note();
        list.updatedAt = Instant.now();
        list.persistAndFlush();
        RegistryState.bump();
        return diff;
    }

    private static Designation withDelisting(Designation d, LocalDate on) {
        return new Designation(d.jurisdiction(), d.category(), d.authority(), d.reference(), d.listedOn(), on,
                d.confidence(), "Not printed on the list as of " + on + "; delisted then at the latest.", d.source(),
                d.list(), d.entry(), d.printedName(), d.effectiveOn(), null);
    }

    /** Every entry of the list as the registry holds it now. */
    private static Map<String, ListDiff.Held> held(String code) {
        Map<String, ListDiff.Held> held = new HashMap<>();
        for (Organization organization : Organization.<Organization>listAll()) {
            for (Designation designation : organization.entry.designations()) {
                if (code.equals(designation.list()) && designation.entry() != null) {
                    held.put(designation.entry(), new ListDiff.Held(organization.slug, designation));
                }
            }
        }
        return held;
    }

    private void replaceListDesignations(String slug, String code, List<Designation> designations) {
        Organization organization = registry.find(slug);
        OrganizationEntry entry = organization.entry;
        List<Designation> kept = new ArrayList<>(entry.designations().stream().filter(d -> !code.equals(d.list())).toList());
        kept.addAll(designations);
        registry.upsert(slug, new OrganizationEntry(entry.canonicalName(), entry.names(), entry.labels(), entry.lookAlikes(),
                entry.externalIds(), entry.relations(), entry.confidence(), entry.note(), kept), null);
    }

    private static String generatedSlug(ListSnapshot.Info list, ListSnapshot.Entry entry) {
        return (list.code() + "-" + entry.entry().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")).replaceAll("-+$", "");
    }

    /** An entry naming an organisation the registry lacks: a new organisation named as the list prints it. */
    private void newOrganization(String slug, ListSnapshot.Info list, ListSnapshot.Entry entry) {
        List<String> printed = entry.names() == null || entry.names().isEmpty() ? List.of(entry.printedName()) : entry.names();
        List<OrganizationName> names = new ArrayList<>();
        for (String name : printed) {
            names.add(new OrganizationName(list.language(), names.isEmpty() ? NameKind.PRIMARY : NameKind.ALIAS, name));
        }
        registry.upsert(slug, new OrganizationEntry(printed.get(0), names, Map.of(list.language(), printed.get(0)), List.of(),
                Map.of(), List.of(), Confidence.MEDIUM,
                "Created from entry " + entry.entry() + " of " + list.code() + "; names as the list prints them, none researched yet.",
                List.of()), null);
    }
}
