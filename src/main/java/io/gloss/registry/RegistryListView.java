package io.gloss.registry;

import java.time.LocalDate;

/**
 * A list as the operator sees it: what it is, how old Gloss's copy is, and whether that is older than the
 * configured age ({@code gloss.registry.list-max-age-days}), in which case nothing may be called checked
 * against it.
 */
public record RegistryListView(String code, String title, String jurisdiction, DesignationCategory category,
        String authority, String officialUrl, LocalDate asOf, long ageDays, boolean stale, boolean complete,
        int entryCount, String source, String note) {

    public static RegistryListView of(RegistryList list, LocalDate today, int maxAgeDays) {
        long age = new RegistryDetector.ListCopy(list.code, list.jurisdiction, list.asOf).ageOn(today);
        return new RegistryListView(list.code, list.title, list.jurisdiction, list.category, list.authority,
                list.officialUrl, list.asOf, age, age > maxAgeDays, list.complete, list.entryCount, list.source, list.note);
    }
}
