package io.gloss.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What a new copy of a list changes, entry by entry. */
class ListDiffTest {

    private static ListSnapshot.Info info(boolean complete) {
        return new ListSnapshot.Info("zz-test", "Test list", "ZZ", DesignationCategory.TERRORIST, "Test authority", null, "ru",
                LocalDate.parse("2026-10-01"), complete, null, null);
    }

    private static ListSnapshot.Entry entry(String number, String name, String delistedOn, Boolean suspended) {
        return new ListSnapshot.Entry(number, "«" + name + "»", List.of(name), null, "Court", "ref " + number,
                LocalDate.parse("2020-01-01"), null, delistedOn == null ? null : LocalDate.parse(delistedOn), suspended, null,
                null, null);
    }

    private static ListDiff.Held held(String organization, ListSnapshot.Entry entry) {
        return new ListDiff.Held(organization, entry.designation(info(true)));
    }

    @Test
    void eachKindOfChangeIsNamed() {
        Map<String, ListDiff.Held> current = Map.of(
                "1", held("one", entry("1", "One", null, null)),
                "2", held("two", entry("2", "Two", null, null)),
                "3", held("three", entry("3", "Three", null, null)),
                "4", held("four", entry("4", "Four", "2025-01-01", null)),
                "5", held("five", entry("5", "Five", null, null)),
                "6", held("six", entry("6", "Six", null, null)));
        ListSnapshot next = new ListSnapshot(info(true), List.of(
                entry("1", "One", null, null),
                entry("2", "Two renamed", null, null),
                entry("3", "Three", "2026-09-01", true),
                entry("4", "Four", null, null),
                entry("6", "Six", "2026-09-02", null),
                entry("7", "Seven", null, null)));

        ListDiff diff = ListDiff.between(LocalDate.parse("2026-09-01"), current, next);

        assertThat(diff.unchanged()).isEqualTo(1);
        assertThat(diff.changes()).extracting(c -> c.entry() + " " + c.kind() + " " + c.organization()).containsExactlyInAnyOrder(
                "2 RENAMED two", "3 SUSPENDED three", "4 REINSTATED four", "6 DELISTED six", "7 ADDED null", "5 DELISTED five");
        assertThat(diff.changes()).filteredOn(c -> c.entry().equals("5")).singleElement()
                .satisfies(c -> assertThat(c.after()).isNull());
    }

    @Test
    void anIncompleteCopySaysNothingOfTheEntriesItLacks() {
        Map<String, ListDiff.Held> current = Map.of("1", held("one", entry("1", "One", null, null)));
        ListSnapshot partial = new ListSnapshot(info(false), List.of(entry("2", "Two", null, null)));

        assertThat(ListDiff.between(null, current, partial).changes()).extracting(ListDiff.Change::kind)
                .containsExactly(ListDiff.Kind.ADDED);
    }
}
