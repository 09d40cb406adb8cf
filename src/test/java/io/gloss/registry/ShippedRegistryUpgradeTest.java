package io.gloss.registry;

import static io.gloss.TestApi.asOperator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * A database that took in an older release of the shipped registry (or the first starter registry) takes
 * in the new one: it gains the release's names and listings from the official lists, loses the list-less
 * listings those replace, and keeps what its operator wrote.
 */
@QuarkusTest
class ShippedRegistryUpgradeTest {

    @Inject
    ShippedRegistry shipped;

    @Inject
    ObjectMapper json;

    @Test
    void anOlderDatabaseTakesInTheReleaseAndKeepsTheOperatorsWords() {
        String slug = "lashkar-e-taiba";
        String etag = asOperator().get("/api/registry/organizations/{slug}", slug).then().statusCode(200).extract().header("ETag");
        // As the first starter registry stored it: two names, a listing that names no list, and an operator's label.
        asOperator().header("If-Match", etag).body(Map.of(
                "canonicalName", "Lashkar-e-Taiba",
                "names", List.of(Map.of("language", "en", "kind", "PRIMARY", "value", "Lashkar-e-Taiba")),
                "labels", Map.of("en", "Lashkar-e-Taiba (LeT), as our style guide writes it"),
                "designations", List.of(Map.of("jurisdiction", "RU", "category", "TERRORIST", "listedOn", "2003-02-14"),
                        Map.of("jurisdiction", "CA", "category", "TERRORIST", "listedOn", "2003-06-13"))))
                .put("/api/registry/organizations/{slug}", slug).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> RegistryState.recordShippedRelease(1));
        long revisionBefore = QuarkusTransaction.requiringNew().call(RegistryState::current);

        ShippedRegistry.Release release = ShippedRegistry.read(json);
        assertThat(QuarkusTransaction.requiringNew().call(() -> shipped.takeIn(release))).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> shipped.takeIn(release))).as("once only").isFalse();

        JsonPath organization = asOperator().get("/api/registry/organizations/{slug}", slug).then().statusCode(200)
                .body("labels.en", equalTo("Lashkar-e-Taiba (LeT), as our style guide writes it"))
                .extract().jsonPath();
        assertThat(organization.getList("names.value", String.class))
                .containsAll(release.organizations().get(slug).names().stream().map(n -> n.value()).toList());
        assertThat(organization.getList("designations.findAll { it.jurisdiction == 'RU' }.list", String.class))
                .containsExactly("ru-fsb-terrorist");
        // A listing of a jurisdiction no shipped list covers stays.
        assertThat(organization.getList("designations.jurisdiction", String.class)).contains("CA");
        // Every node sees the change: the registry revision moved on.
        assertThat(QuarkusTransaction.requiringNew().call(RegistryState::current)).isGreaterThan(revisionBefore);
    }
}
