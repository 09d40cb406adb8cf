package io.gloss.compliance;

import java.time.LocalDate;

/** An official list behind a compliance check, and how old Gloss's copy of it is. */
public record ListAge(String list, String jurisdiction, LocalDate asOf, long ageDays, boolean stale) {
}
