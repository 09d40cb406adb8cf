package io.gloss.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What a new copy of a list changes in the registry, entry by entry, for the operator to read before
 * applying it. Plain Java.
 */
public record ListDiff(String list, LocalDate asOfBefore, LocalDate asOf, List<Change> changes, int unchanged) {

    public enum Kind {
        /** An entry the registry does not have yet. */
        ADDED,
        /** The list prints the entry's name differently. */
        RENAMED,
        /** The ban is suspended from {@code delistedOn} (the Taliban, 2025). */
        SUSPENDED,
        /** Removed from the list: by a recorded decision, or simply no longer printed on a complete list. */
        DELISTED,
        /** A suspension or removal the registry recorded is no longer on the list. */
        REINSTATED,
        /** Other facts of the entry changed: court, reference, dates, source. */
        CHANGED
    }

    /** {@code before} is null for an added entry, {@code after} for one no longer printed. */
    public record Change(Kind kind, String entry, String organization, Designation before, Designation after) {
    }

    /**
     * @param current the list's entries as the registry holds them: entry number to the organisation
     *                holding it and its designation
     */
    public static ListDiff between(LocalDate asOfBefore, Map<String, Held> current, ListSnapshot snapshot) {
        List<Change> changes = new ArrayList<>();
        int unchanged = 0;
        Map<String, Held> notSeen = new LinkedHashMap<>(current);
        for (ListSnapshot.Entry entry : snapshot.entries()) {
            Held held = notSeen.remove(entry.entry());
            Designation after = entry.designation(snapshot.list());
            String organization = entry.organization() != null ? entry.organization() : held == null ? null : held.organization();
            if (held == null) {
                changes.add(new Change(Kind.ADDED, entry.entry(), organization, null, after));
                continue;
            }
            Kind kind = kindOf(held.designation(), after);
            if (kind == null) {
                unchanged++;
            } else {
                changes.add(new Change(kind, entry.entry(), organization, held.designation(), after));
            }
        }
        LocalDate asOf = snapshot.list().asOf();
        if (snapshot.list().complete()) {
            notSeen.forEach((entry, held) -> {
                if (held.designation().delistedOn() == null) {
                    changes.add(new Change(Kind.DELISTED, entry, held.organization(), held.designation(), null));
                }
            });
        }
        return new ListDiff(snapshot.list().code(), asOfBefore, asOf, List.copyOf(changes), unchanged);
    }

    /** An entry as the registry holds it. */
    public record Held(String organization, Designation designation) {
    }

    private static Kind kindOf(Designation before, Designation after) {
        if (before.delistedOn() == null && after.delistedOn() != null) {
            return Boolean.TRUE.equals(after.suspended()) ? Kind.SUSPENDED : Kind.DELISTED;
        }
        if (before.delistedOn() != null && after.delistedOn() == null) {
            return Kind.REINSTATED;
        }
        if (!Objects.equals(before.printedName(), after.printedName())) {
            return Kind.RENAMED;
        }
        return before.equals(after) ? null : Kind.CHANGED;
    }

    @JsonIgnore
    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
