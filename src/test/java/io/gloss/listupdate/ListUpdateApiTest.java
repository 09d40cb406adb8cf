package io.gloss.listupdate;

import static io.gloss.TestApi.articlePath;
import static io.gloss.TestApi.as;
import static io.gloss.TestApi.asOperator;
import static io.gloss.TestApi.editorKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The lists over HTTP: the operator sees each list and how old it is; a new copy of a list shows its
 * difference first, and applying it changes the registry and starts a rescan that finds the articles that
 * now owe a label. Test lists use jurisdictions of their own (ZZ, ZY), so the shipped lists stay as they are.
 */
@QuarkusTest
class ListUpdateApiTest {

    @Test
    void theOperatorSeesEveryListWithItsAge() {
        JsonPath lists = asOperator().get("/api/registry/lists").then().statusCode(200).extract().jsonPath();
        assertThat(lists.getList("code", String.class)).contains("ru-fsb-terrorist", "ru-minjust-extremist", "us-fto",
                "gb-proscribed", "eu-terrorist", "un-1267");
        asOperator().get("/api/registry/lists/ru-fsb-terrorist").then().statusCode(200)
                .body("jurisdiction", equalTo("RU")).body("category", equalTo("TERRORIST"))
                .body("officialUrl", equalTo("http://www.fsb.ru/fsb/npd/terror.htm"))
                .body("asOf", equalTo("2026-09-16")).body("entryCount", equalTo(77)).body("complete", equalTo(true));
        asOperator().get("/api/registry/lists/ru-minjust-extremist").then().statusCode(200)
                .body("category", equalTo("EXTREMIST")).body("entryCount", equalTo(153)).body("complete", equalTo(false));
        asOperator().get("/api/registry/lists/no-such-list").then().statusCode(404);
    }

    @Test
    void everyShippedEntryIsInTheRegistryWithItsListAndDates() {
        JsonPath organizations = asOperator().queryParam("size", "500").get("/api/registry/organizations").then()
                .statusCode(200).extract().jsonPath();
        List<Map<String, Object>> fsb = organizations.getList("designations.flatten().findAll { it.list == 'ru-fsb-terrorist' }");
        assertThat(fsb).hasSize(77).allSatisfy(d -> assertThat(d).containsKeys("entry", "printedName", "listedOn", "effectiveOn"));
        List<Map<String, Object>> minjust = organizations.getList("designations.flatten().findAll { it.list == 'ru-minjust-extremist' }");
        assertThat(minjust).hasSize(153).allSatisfy(d -> assertThat(d).containsKeys("entry", "printedName", "listedOn"));
    }

    @Test
    void theTalibanAreLabelledUntilTheSuspensionTookEffect() {
        String slug = russianPublication();
        String key = editorKey(slug);
        push(slug, key, "t-19", "2025-05-19T12:00:00Z", "<p>Taliban fighters attacked a checkpoint.</p>");
        push(slug, key, "t-20", "2025-05-20T12:00:00Z", "<p>Taliban fighters attacked a checkpoint.</p>");

        as(key).get(articlePath(slug, "t-19") + "/compliance").then().body("items.organization", hasItem("taliban"));
        as(key).get(articlePath(slug, "t-20") + "/compliance").then().body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void aNewCopyIsComparedFirstThenAppliedAndTheRescanFindsTheArticlesThatNowOweALabel() throws InterruptedException {
        String code = "zz-test-terrorist-" + System.nanoTime() % 100000;
        String slug = "zz-" + System.nanoTime() % 1_000_000_000L;
        asOperator().body(Map.of("name", "ZZ outlet", "locale", "en", "jurisdictions", List.of("ZZ")))
                .put("/api/publications/{slug}", slug).then().statusCode(201);
        String key = editorKey(slug);
        String name = "Brigade of Glass Lanterns " + code.substring(code.length() - 5);
        push(slug, key, "lanterns", "2026-10-05T10:00:00Z", "<p>The " + name + " claimed the attack.</p>");

        String first = snapshot(code, "2026-10-01", List.of(entry("1", "Old Guard " + code, null), entry("2", "Second Front " + code, null)));
        long firstId = receive(code, first);
        asOperator().get("/api/registry/lists/{code}/snapshots/{id}", code, firstId).then().statusCode(200)
                .body("state", equalTo("PENDING")).body("diff.changes.kind", hasItems("ADDED", "ADDED"));
        asOperator().get("/api/registry/lists/{code}", code).then().statusCode(404);
        // Its rescan first: one still running when the next copy is applied may report the change itself.
        awaitRescan(apply(code, firstId));
        asOperator().get("/api/registry/lists/{code}", code).then().statusCode(200).body("entryCount", equalTo(2));

        // The next copy: entry 1 suspended, entry 2 renamed, entry 3 new and named in the article.
        String second = snapshot(code, "2026-11-01", List.of(entry("1", "Old Guard " + code, "2026-10-20"),
                entry("2", "Second Front Renamed " + code, null), entry("3", name, null)));
        long secondId = receive(code, second);
        JsonPath diff = asOperator().get("/api/registry/lists/{code}/snapshots/{id}", code, secondId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(diff.getList("diff.changes.kind", String.class)).containsExactlyInAnyOrder("SUSPENDED", "RENAMED", "ADDED");
        assertThat(diff.getString("diff.asOfBefore")).isEqualTo("2026-10-01");
        // Nothing changed yet: the article owes nothing.
        as(key).get(articlePath(slug, "lanterns") + "/compliance").then().body("items", org.hamcrest.Matchers.empty());

        String rescan = apply(code, secondId);
        as(key).get(articlePath(slug, "lanterns") + "/compliance").then()
                .body("items.name", hasItem(name)).body("items[0].list", equalTo(code)).body("items[0].entry", equalTo("3"));
        JsonPath job = awaitRescan(rescan);
        assertThat(job.getList("changes.externalId", String.class)).contains("lanterns");
        asOperator().post("/api/registry/lists/{code}/snapshots/{id}/apply", code, secondId).then().statusCode(409);
        // The change is in the registry's history.
        String newSlug = code + "-3";
        asOperator().get("/api/registry/organizations/{slug}/history", newSlug).then().statusCode(200)
                .body("change", hasItem("CREATED"));
    }

    @Test
    void aListOlderThanTheConfiguredAgeIsReported() {
        String code = "zy-old-" + System.nanoTime() % 100000;
        apply(code, receive(code, snapshot(code, "2001-01-01", List.of(entry("1", "Ancient Order " + code, null)))
                .replace("\"ZZ\"", "\"ZY\"")));
        String slug = "zy-" + System.nanoTime() % 1_000_000_000L;
        asOperator().body(Map.of("name", "ZY outlet", "locale", "en", "jurisdictions", List.of("ZY")))
                .put("/api/publications/{slug}", slug).then().statusCode(201);
        String key = editorKey(slug);
        push(slug, key, "quiet", "2026-10-05T10:00:00Z", "<p>Nothing happened today.</p>");

        asOperator().get("/api/registry/lists/{code}", code).then().body("stale", equalTo(true));
        as(key).get(articlePath(slug, "quiet") + "/compliance").then().statusCode(200)
                .body("status", equalTo("LISTS_OUTDATED"))
                .body("lists.find { it.list == '" + code + "' }.stale", equalTo(true))
                .body("lists.find { it.list == '" + code + "' }.asOf", equalTo("2001-01-01"));
    }

    @Test
    void aBadSnapshotIsRefusedWithTheFieldAndChangesNothing() {
        String code = "zz-bad-" + System.nanoTime() % 100000;
        asOperator().body(snapshot(code, "2026-10-01", List.of(entry("1", "A", null), entry("1", "B", null))))
                .post("/api/registry/lists/{code}/snapshots", code).then().statusCode(422)
                .body("errors[0].field", equalTo("entries[1].entry"));
        asOperator().body(snapshot(code, "2026-10-01", List.of(entry("1", "A", null))))
                .post("/api/registry/lists/{code}/snapshots", "another-code").then().statusCode(422)
                .body("errors[0].field", equalTo("list.code"));
        asOperator().body(snapshot(code, "not-a-date", List.of())).post("/api/registry/lists/{code}/snapshots", code)
                .then().statusCode(400);
        as(editorKey(russianPublication())).body(snapshot(code, "2026-10-01", List.of()))
                .post("/api/registry/lists/{code}/snapshots", code).then().statusCode(403);
        asOperator().get("/api/registry/lists/{code}/snapshots", code).then().statusCode(200).body("size()", equalTo(0));
    }

    static String snapshot(String code, String asOf, List<String> entries) {
        return """
                {"list":{"code":"%s","title":"Test list","jurisdiction":"ZZ","category":"TERRORIST","authority":"Test court",
                 "language":"en","asOf":"%s","complete":true},
                 "entries":[%s]}""".formatted(code, asOf, String.join(",", entries));
    }

    static String entry(String number, String name, String delistedOn) {
        return """
                {"entry":"%s","printedName":"«%s»","names":["%s"],"listedOn":"2020-01-01"%s}"""
                .formatted(number, name, name, delistedOn == null ? "" : ",\"delistedOn\":\"" + delistedOn + "\",\"suspended\":true");
    }

    static long receive(String code, String snapshot) {
        return asOperator().body(snapshot).post("/api/registry/lists/{code}/snapshots", code).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** Applies a snapshot; answers where its rescan reports. */
    static String apply(String code, long id) {
        return asOperator().post("/api/registry/lists/{code}/snapshots/{id}/apply", code, id).then().statusCode(200)
                .body("state", equalTo("APPLIED")).extract().jsonPath().getString("rescan");
    }

    private static JsonPath awaitRescan(String rescan) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            JsonPath job = asOperator().queryParam("size", "1000").get(rescan).then().statusCode(200).extract().jsonPath();
            if (!"RUNNING".equals(job.getString("status")) || Instant.now().isAfter(deadline)) {
                assertThat(job.getString("status")).isEqualTo("DONE");
                return job;
            }
            Thread.sleep(100);
        }
    }

    private static String russianPublication() {
        return io.gloss.TestApi.newPublication();
    }

    private static void push(String slug, String key, String id, String publishedAt, String html) {
        as(key).body(Map.of("title", "Story " + id, "language", "en", "body", html, "publishedAt", publishedAt))
                .put(articlePath(slug, id)).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }
}
