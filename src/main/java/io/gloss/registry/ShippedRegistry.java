package io.gloss.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.gloss.GlossConfig;
import io.gloss.detect.LookAlike;
import io.gloss.detect.OrganizationName;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The registry that ships with Gloss: the official lists (complete where Gloss has a complete copy) and
 * the organisations they designate, with the names newsrooms write. Each release of it has a number;
 * a database that has taken in an older release (or none) takes in the new one at start-up:
 * organisations it lacks are added, those it has gain the release's names, look-alikes and relations
 * (labels and notes an operator wrote stay), and each shipped list is applied unless the database
 * already holds a newer copy of it. Listings that name no list are dropped where the release now gives
 * the same organisation a listing of the same jurisdiction and category from an official list.
 */
@ApplicationScoped
public class ShippedRegistry {

    static final String MANIFEST = "/registry/shipped.json";
    private static final Logger LOG = Logger.getLogger(ShippedRegistry.class);

    @Inject
    GlossConfig config;

    @Inject
    RegistryService registry;

    @Inject
    RegistryLists lists;

    @Inject
    ObjectMapper json;

    /** What one release holds, read from the build. */
    public record Release(int number, Map<String, OrganizationEntry> organizations, List<ListSnapshot> lists) {
    }

    // Before the demo data, which refers to these organisations.
    void onStart(@Observes @Priority(ObserverMethod.DEFAULT_PRIORITY - 100) StartupEvent event) {
        if (config.registry().loadShipped()) {
            Release release = read(json);
            if (takeIn(release)) {
                LOG.infof("Took in release %d of the shipped registry: %d organisations, %d lists", release.number(),
                        release.organizations().size(), release.lists().size());
            }
        }
    }

    @Transactional
    boolean takeIn(Release release) {
        // The row lock makes a second node starting at the same moment wait, then find the work done.
        if (RegistryState.lockShippedRelease() >= release.number()) {
            return false;
        }
        Set<String> listed = listedByLists(release.lists());
        release.organizations().forEach((slug, shipped) -> {
            OrganizationEntry current = Organization.findBySlug(slug).map(o -> o.entry).orElse(null);
            registry.upsert(slug, current == null ? shipped : merged(current, shipped, slug, listed), null);
        });
        for (ListSnapshot snapshot : release.lists()) {
            RegistryList held = RegistryList.findByCode(snapshot.list().code()).orElse(null);
            if (held == null || !held.asOf.isAfter(snapshot.list().asOf())) {
                lists.apply(snapshot);
            }
        }
        RegistryState.recordShippedRelease(release.number());
        return true;
    }

    /** "slug jurisdiction category" for every listing the release's lists make. */
    private static Set<String> listedByLists(List<ListSnapshot> snapshots) {
        Set<String> listed = new HashSet<>();
        for (ListSnapshot snapshot : snapshots) {
            for (ListSnapshot.Entry entry : snapshot.entries()) {
                listed.add(entry.organization() + " " + snapshot.list().jurisdiction() + " " + snapshot.list().category());
            }
        }
        return listed;
    }

    private static OrganizationEntry merged(OrganizationEntry current, OrganizationEntry shipped, String slug, Set<String> listed) {
        List<OrganizationName> names = union(current.names(), shipped.names());
        List<LookAlike> lookAlikes = union(current.lookAlikes(), shipped.lookAlikes());
        List<Relation> relations = new ArrayList<>(current.relations());
        shipped.relations().stream()
                .filter(r -> current.relations().stream().noneMatch(c -> c.kind() == r.kind() && c.organization().equals(r.organization())))
                .forEach(relations::add);
        Map<String, String> labels = new LinkedHashMap<>(shipped.labels());
        labels.putAll(current.labels());
        Map<String, String> externalIds = new LinkedHashMap<>(shipped.externalIds());
        externalIds.putAll(current.externalIds());
        List<Designation> designations = new ArrayList<>(current.designations().stream()
                .filter(d -> d.list() != null || !listed.contains(slug + " " + d.jurisdiction() + " " + d.category()))
                .toList());
        return new OrganizationEntry(current.canonicalName(), names, labels, lookAlikes, externalIds, relations,
                current.confidence(), current.note(), designations);
    }

    private static <T> List<T> union(List<T> current, List<T> shipped) {
        List<T> all = new ArrayList<>(current);
        shipped.stream().filter(item -> !current.contains(item)).forEach(all::add);
        return all;
    }

    /** The release in the build; a broken one stops start-up, since labels would silently be missing. */
    public static Release read(ObjectMapper json) {
        JsonNode manifest = resource(json, MANIFEST);
        Map<String, OrganizationEntry> organizations = new LinkedHashMap<>();
        try {
            for (JsonNode node : resource(json, "/registry/" + manifest.path("organizations").asText()).path("organizations")) {
                organizations.put(node.path("slug").asText(), json.treeToValue(node, OrganizationEntry.class));
            }
            List<ListSnapshot> snapshots = new ArrayList<>();
            for (JsonNode file : manifest.path("lists")) {
                snapshots.add(json.treeToValue(resource(json, "/registry/" + file.asText()), ListSnapshot.class));
            }
            return new Release(manifest.path("release").asInt(), organizations, snapshots);
        } catch (IOException e) {
            throw new UncheckedIOException("The shipped registry is malformed", e);
        }
    }

    private static JsonNode resource(ObjectMapper json, String path) {
        try (InputStream in = ShippedRegistry.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The shipped registry file " + path + " is missing from the build");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The shipped registry file " + path + " is malformed", e);
        }
    }
}
