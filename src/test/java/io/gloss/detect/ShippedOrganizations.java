package io.gloss.detect;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.gloss.registry.ShippedRegistry;

/** The organisations of the registry Gloss ships, read from its shipped file as the server reads it. */
final class ShippedOrganizations {

    private static final List<DetectableOrganization> ALL = read();

    /** Every shipped organisation, in the file's order. */
    static List<DetectableOrganization> all() {
        return ALL;
    }

    /** The first {@code count}: the starter registry's fifteen (Daesh, al-Qaeda, HTS, the Taliban …) open the file. */
    static List<DetectableOrganization> first(int count) {
        return ALL.subList(0, count);
    }

    private static List<DetectableOrganization> read() {
        List<DetectableOrganization> organizations = new ArrayList<>();
        ShippedRegistry.read(new ObjectMapper().findAndRegisterModules()).organizations().forEach((slug, entry) ->
                organizations.add(new DetectableOrganization(slug, entry.names(), entry.lookAlikes())));
        return List.copyOf(organizations);
    }

    private ShippedOrganizations() {
    }
}
