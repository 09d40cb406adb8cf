package io.gloss.registry;

import static io.gloss.TestApi.as;
import static io.gloss.TestApi.asOperator;
import static io.gloss.TestApi.editorKey;
import static io.gloss.TestApi.newPublication;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RegistryApiTest {

    private final String slug = "org-" + System.nanoTime() % 1_000_000_000L;

    private static final String ENTRY = """
            {"canonicalName":"Caucasus Test Emirate",
             "names":[{"language":"en","kind":"PRIMARY","value":"Caucasus Test Emirate"},
                      {"language":"ru","kind":"PRIMARY","value":"Имарат Тест"}],
             "labels":{"en":"Caucasus Test Emirate","ru":"Имарат Тест"},
             "lookAlikes":[{"language":"ru","value":"вилаят Тест"}],
             "confidence":"MEDIUM","note":"%s",
             "designations":[{"jurisdiction":"RU","category":"TERRORIST","listedOn":"2010-02-08","confidence":"HIGH"}]}
            """;

    @Test
    void shippedRegistryIsLoadedIntoAnEmptyDatabase() {
        asOperator().get("/api/registry/organizations/isis").then().statusCode(200)
                .body("labels.en", equalTo("Daesh (ISIS, ISIL, IS, Islamic State)"))
                .body("designations.jurisdiction", hasItem("RU"))
                .body("confidence", notNullValue());
        asOperator().get("/api/registry/organizations/hts").then().body("labels.en", equalTo("Tahrir al-Sham"));
        asOperator().get("/api/registry/organizations/jabhat-al-nusra").then().body("labels.en", equalTo("Nusra Front"));
        // Russia suspended the Taliban's ban by a decision of April 2025 that took effect on 20 May 2025;
        // Hamas and Hezbollah were never banned there.
        asOperator().get("/api/registry/organizations/taliban").then()
                .body("designations.find { it.jurisdiction == 'RU' }.list", equalTo("ru-fsb-terrorist"))
                .body("designations.find { it.jurisdiction == 'RU' }.entry", equalTo("11"))
                .body("designations.find { it.jurisdiction == 'RU' }.printedName", equalTo("«Движение Талибан»"))
                .body("designations.find { it.jurisdiction == 'RU' }.listedOn", equalTo("2003-02-14"))
                .body("designations.find { it.jurisdiction == 'RU' }.effectiveOn", equalTo("2003-03-04"))
                .body("designations.find { it.jurisdiction == 'RU' }.delistedOn", equalTo("2025-05-20"))
                .body("designations.find { it.jurisdiction == 'RU' }.suspended", equalTo(true));
        for (String notBannedInRussia : new String[] { "hamas", "hezbollah" }) {
            asOperator().get("/api/registry/organizations/" + notBannedInRussia).then().statusCode(200)
                    .body("designations.jurisdiction", not(hasItem("RU")));
        }
        asOperator().queryParam("size", "500").get("/api/registry/organizations").then()
                .body("slug", hasItems("isis", "isis-k", "al-qaeda", "jabhat-al-nusra", "hts", "taliban", "hamas",
                        "hezbollah", "muslim-brotherhood", "hizb-ut-tahrir", "caucasus-emirate", "al-shabaab",
                        "lashkar-e-taiba", "aqim", "right-sector"))
                .body("findAll { it.slug in ['isis','taliban','right-sector'] }.labels.ru", everyItem(notNullValue()));
    }

    @Test
    void operatorCreatesUpdatesAndDeletesAnOrganisationWithHistory() {
        asOperator().body(ENTRY.formatted("first")).put("/api/registry/organizations/{slug}", slug).then()
                .statusCode(201).header("ETag", matchesPattern("\"organization-\\d+-v0\""))
                .body("slug", equalTo(slug)).body("names.value", contains("Caucasus Test Emirate", "Имарат Тест"))
                .body("designations[0].listedOn", equalTo("2010-02-08"));
        String etag = asOperator().get("/api/registry/organizations/{slug}", slug).then().extract().header("ETag");

        asOperator().header("If-Match", etag).body(ENTRY.formatted("second")).put("/api/registry/organizations/{slug}", slug)
                .then().statusCode(200).body("note", equalTo("second")).body("version", equalTo(1));
        asOperator().header("If-Match", etag).body(ENTRY.formatted("stale")).put("/api/registry/organizations/{slug}", slug)
                .then().statusCode(412).contentType("application/problem+json");
        asOperator().delete("/api/registry/organizations/{slug}", slug).then().statusCode(204);
        asOperator().get("/api/registry/organizations/{slug}", slug).then().statusCode(404);

        asOperator().get("/api/registry/organizations/{slug}/history", slug).then().statusCode(200)
                .body("change", contains("CREATED", "UPDATED", "DELETED"))
                .body("by", contains("operator", "operator", "operator"))
                .body("state.note", contains("first", "second", "second"));
    }

    @Test
    void searchFindsOrganisationsByAnyNameInAnyScript() {
        asOperator().body(ENTRY.formatted("x")).put("/api/registry/organizations/{slug}", slug).then().statusCode(201);
        asOperator().queryParam("q", "имарат тест").get("/api/registry/organizations").then().statusCode(200)
                .body("slug", hasItem(slug));
        asOperator().queryParam("q", "caucasus test").queryParam("size", "1").get("/api/registry/organizations").then()
                .body("size()", equalTo(1));
    }

    @Test
    void invalidEntriesAreRefusedNamingEachField() {
        asOperator().body("""
                {"canonicalName":"","names":[{"language":"english","kind":"PRIMARY","value":""}],
                 "designations":[{"jurisdiction":"Russia","category":"TERRORIST"}]}
                """).put("/api/registry/organizations/{slug}", slug).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("canonicalName", "designations[0].jurisdiction", "designations[0].listedOn",
                        "names[0].language", "names[0].value"));
        asOperator().body("""
                {"canonicalName":"X","names":[{"language":"en","kind":"NICKNAME","value":"X"}]}
                """).put("/api/registry/organizations/{slug}", slug).then().statusCode(400)
                .body("errors[0].field", equalTo("names[0].kind"));
        asOperator().get("/api/registry/organizations/{slug}", slug).then().statusCode(404);
    }

    @Test
    void editorsMayReadButNotChangeTheRegistry() {
        String key = editorKey(newPublication());
        as(key).get("/api/registry/organizations/isis").then().statusCode(200);
        as(key).body(ENTRY.formatted("x")).put("/api/registry/organizations/{slug}", slug).then().statusCode(403);
        as(key).delete("/api/registry/organizations/isis").then().statusCode(403);
        as(key).get("/api/registry/organizations/isis/history").then().statusCode(403)
                .body("detail", containsString("role"));
    }
}
