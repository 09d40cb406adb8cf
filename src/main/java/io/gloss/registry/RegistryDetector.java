package io.gloss.registry;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.gloss.detect.DetectableOrganization;
import io.gloss.detect.Detector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The detector compiled from the registry as it is now. Every use checks the registry revision
 * (one indexed read), so a change made through any node is seen by all nodes on their next request,
 * and the detector is rebuilt only when something changed.
 */
@ApplicationScoped
public class RegistryDetector {

    /** The detector and the registry it was built from, with the lists' copy dates, replaced together. */
    public record Snapshot(long revision, Detector detector, Map<String, OrganizationEntry> organizations,
            List<ListCopy> lists) {
    }

    /** Which list Gloss holds a copy of, for which jurisdiction, taken on which day. */
    public record ListCopy(String code, String jurisdiction, LocalDate asOf) {

        public long ageOn(LocalDate today) {
            return ChronoUnit.DAYS.between(asOf, today);
        }
    }

    private volatile Snapshot current = new Snapshot(-1, Detector.compile(List.of()), Map.of(), List.of());

    @Transactional
    public Snapshot current() {
        long revision = RegistryState.current();
        Snapshot snapshot = current;
        if (snapshot.revision() == revision) {
            return snapshot;
        }
        synchronized (this) {
            if (current.revision() != revision) {
                current = build(revision);
            }
            return current;
        }
    }

    private static Snapshot build(long revision) {
        Map<String, OrganizationEntry> organizations = new HashMap<>();
        for (Organization organization : Organization.<Organization>listAll()) {
            organizations.put(organization.slug, organization.entry);
        }
        List<DetectableOrganization> detectable = organizations.entrySet().stream()
                .map(e -> new DetectableOrganization(e.getKey(), e.getValue().names(), e.getValue().lookAlikes()))
                .toList();
        List<ListCopy> lists = RegistryList.all().stream().map(l -> new ListCopy(l.code, l.jurisdiction, l.asOf)).toList();
        return new Snapshot(revision, Detector.compile(detectable), Map.copyOf(organizations), lists);
    }
}
