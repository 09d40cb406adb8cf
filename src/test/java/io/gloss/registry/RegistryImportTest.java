package io.gloss.registry;

import static io.gloss.TestApi.asOperator;
import static io.gloss.TestApi.editorKey;
import static io.gloss.TestApi.newPublication;
import static io.gloss.TestApi.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Imports report bad lines without writing half an organisation, and re-imports never duplicate. */
@QuarkusTest
class RegistryImportTest {

    /** Tests share one database: each works on its own copies of the fixtures' organisations. */
    private final String p = "t" + System.nanoTime() % 1_000_000_000L;

    @Test
    void csvImportsGoodOrganisationsAndReportsEachBadLine() {
        importing("csv", fixture("designations.csv")).statusCode(200)
                .body("created", equalTo(2)).body("updated", equalTo(0))
                .body("errors.line", contains(12, 14, 15, 16, 17))
                .body("errors[1].message", containsString("listed_on '2015-13-40' is not a date"))
                .body("errors[3].message", containsString("kind 'NICKNAME'"))
                .body("errors[4].message", containsString("no 'organization' row"));

        asOperator().get("/api/registry/organizations/" + p + "-front").then().statusCode(200)
                .body("canonicalName", equalTo("Test Liberation Front"))
                .body("names.value", contains("Test Liberation Front", "TLF", "Фронт освобождения теста"))
                .body("names.kind", contains("PRIMARY", "ABBREVIATION", "PRIMARY"))
                .body("labels.en", equalTo("Test Liberation Front (TLF)"))
                .body("lookAlikes[0].value", equalTo("Test Liberation Front Museum"))
                .body("externalIds.wikidata", equalTo("Q0000001"))
                .body("designations.jurisdiction", contains("RU", "US"))
                .body("designations[1].delistedOn", equalTo("2020-01-01"))
                .body("confidence", equalTo("HIGH"));
        asOperator().get("/api/registry/organizations/" + p + "-army").then().body("designations[0].category", equalTo("EXTREMIST"));
        for (String neverWritten : new String[] { "bad-date", "bad-kind", "no-org-row" }) {
            asOperator().get("/api/registry/organizations/" + neverWritten).then().statusCode(404);
        }
    }

    @Test
    void csvReimportUpdatesInsteadOfDuplicating() {
        String csv = fixture("designations.csv");
        importing("csv", csv).statusCode(200);
        importing("csv", csv).statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(2));
        importing("csv", csv.replace("Test Army,,,,,,,LOW", "Test Army Renamed,,,,,,,LOW")).statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(1));
        asOperator().queryParam("q", p + "-army").get("/api/registry/organizations").then()
                .body("slug", contains(p + "-army")).body("[0].canonicalName", equalTo("Test Army Renamed"));
        asOperator().queryParam("q", "army renamed").get("/api/registry/organizations").then()
                .body("slug", hasItem(p + "-army"));
    }

    @Test
    void csvWithoutTheExpectedColumnsIsRefusedAsAWhole() {
        importing("csv", "slug,name\nx,y\n").statusCode(200).body("created", equalTo(0))
                .body("errors[0].line", equalTo(1)).body("errors[0].message", containsString("missing columns"));
    }

    @Test
    void followTheMoneyImportsOrganisationsWithTheirSanctionsAndReportsBadLines() {
        importing("ftm", fixture("sanctions.ftm.jsonl")).statusCode(200)
                .body("created", equalTo(1))
                .body("errors.line", contains(1, 5, 6, 7))
                .body("errors[0].message", containsString("sanctions is invalid"))
                .body("errors[1].message", containsString("NK-missing"))
                .body("errors[3].message", containsString("no country"));
        asOperator().get("/api/registry/organizations/os-nk-" + p + "-org-2").then().statusCode(200)
                .body("names[0].language", equalTo("ru")).body("names[0].kind", equalTo("PRIMARY"))
                .body("designations[0].category", equalTo("EXTREMIST"))
                .body("designations[0].listedOn", equalTo("2018-01-01"))
                .body("designations[0].confidence", equalTo("LOW"))
                .body("externalIds.opensanctions", equalTo("NK-" + p + "-org-2"));
        asOperator().get("/api/registry/organizations/os-nk-" + p + "-org-1").then().statusCode(404);

        importing("ftm", fixture("sanctions-fixed.ftm.jsonl")).statusCode(200)
                .body("created", equalTo(1)).body("unchanged", equalTo(1)).body("errors", org.hamcrest.Matchers.empty());
        asOperator().get("/api/registry/organizations/os-nk-" + p + "-org-1").then().statusCode(200)
                .body("canonicalName", equalTo("Test Mujahideen Council"))
                .body("names.kind", contains("PRIMARY", "ALIAS", "ABBREVIATION", "ABBREVIATION", "FORMER_NAME"))
                .body("names[1].language", equalTo("ru"))
                .body("designations.jurisdiction", contains("RU", "GB"))
                .body("designations[0].listedOn", equalTo("2016-06-15"))
                .body("designations[1].listedOn", equalTo("2017-03-01"))
                .body("designations[1].delistedOn", equalTo("2021-01-01"));
        importing("ftm", fixture("sanctions-fixed.ftm.jsonl")).statusCode(200)
                .body("created", equalTo(0)).body("unchanged", equalTo(2));
    }

    @Test
    void followTheMoneyUpdateKeepsTheOperatorsLabels() {
        String ftm = fixture("sanctions-fixed.ftm.jsonl");
        importing("ftm", ftm).statusCode(200).body("created", equalTo(2));
        var current = asOperator().get("/api/registry/organizations/os-nk-" + p + "-org-1").then().extract().jsonPath();
        String entry = """
                {"canonicalName":"Test Mujahideen Council","names":[{"language":"en","kind":"PRIMARY","value":"Test Mujahideen Council"}],
                 "labels":{"en":"TMC (Test Mujahideen Council)"},"externalIds":{"opensanctions":"NK-%s-org-1"},
                 "designations":[]}
                """.formatted(p);
        asOperator().body(entry).put("/api/registry/organizations/os-nk-" + p + "-org-1").then().statusCode(200);

        importing("ftm", ftm).statusCode(200).body("updated", equalTo(1));

        asOperator().get("/api/registry/organizations/os-nk-" + p + "-org-1").then()
                .body("labels.en", equalTo("TMC (Test Mujahideen Council)"))
                .body("designations.jurisdiction", contains("RU", "GB"))
                .body("version", org.hamcrest.Matchers.greaterThan(current.getInt("version")));
    }

    @Test
    void importIsForTheOperatorAndNeedsAFormat() {
        String slug = newPublication();
        as(editorKey(slug)).contentType("text/csv").body("x").post("/api/registry/import?format=csv").then().statusCode(403);
        asOperator().contentType("text/csv").body("x").post("/api/registry/import").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
    }

    private static ValidatableResponse importing(String format, String file) {
        return asOperator().contentType(format.equals("csv") ? "text/csv" : "application/x-ndjson")
                .body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/registry/import?format=" + format).then();
    }

    private String fixture(String name) {
        try (InputStream in = RegistryImportTest.class.getResourceAsStream("/registry/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("test-", p + "-")
                    .replace("NK-test", "NK-" + p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
