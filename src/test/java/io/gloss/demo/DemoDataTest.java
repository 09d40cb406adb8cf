package io.gloss.demo;

import static io.gloss.TestApi.asOperator;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With gloss.demo=true an empty database gets the reference example, anchored and published. */
@QuarkusTest
@TestProfile(DemoDataTest.DemoOn.class)
class DemoDataTest {

    public static class DemoOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // An empty database of its own on H2; on PostgreSQL every start cleans the schema anyway.
            return Map.of("gloss.demo", "true", "test.db-name", "gloss-demo");
        }
    }

    @Test
    void demoArticleHasEveryKindOfAnnotation() {
        String article = "/api/publications/" + DemoData.PUBLICATION + "/articles/" + DemoData.ARTICLE;
        asOperator().get("/api/publications/{slug}", DemoData.PUBLICATION).then().statusCode(200)
                .body("jurisdictions", contains("RU"));
        asOperator().get(article).then().statusCode(200)
                .body("section", equalTo("World"))
                .body("text", containsString("allied with Daesh and Tahrir al-Sham, formerly known as the al-Nusra Front"));
        asOperator().get(article + "/annotations").then().statusCode(200)
                .body("kind", hasItems("SOURCE", "RELATED_LINK", "FOOTNOTE"))
                .body("status", everyItem(equalTo("PUBLISHED")))
                .body("findAll { it.target != null }.anchor", everyItem(equalTo("ANCHORED")))
                // The designation footnotes come from the registry alone: no editor decided anything.
                .body("findAll { it.kind == 'DESIGNATION' }", empty())
                .body("findAll { it.kind == 'SOURCE' && it.target == null }.body.name", contains("Sputnik"));
    }

    @Test
    void landingPageShowsTheDemoArticleWithTheFootnoteOfTheDesign() {
        // January 2020: Russia had not yet listed HTS by name; it is labelled as the renamed al-Nusra Front.
        String article = "/api/publications/" + DemoData.PUBLICATION + "/articles/" + DemoData.ARTICLE;
        asOperator().get(article + "/compliance").then().statusCode(200)
                .body("date", equalTo("2020-01-28"))
                .body("items.find { it.organization == 'hts' }.inherited.organization", equalTo("jabhat-al-nusra"))
                .body("items.find { it.organization == 'hts' }.reason",
                        startsWith("as the successor of Jabhat al-Nusra, listed on 2014-12-29 (ru-fsb-terrorist, entry 23)"));
        String page = "/embed/" + DemoData.PUBLICATION + "/" + DemoData.ARTICLE + "/page";
        given().get("/").then().statusCode(200).body(containsString("src=\"" + page + "\""));
        Document document = Jsoup.parse(given().get(page).then().statusCode(200).extract().asString());
        assertThat(document.select(".gloss-designation").eachText()).containsExactly(
                "*Daesh (ISIS, ISIL, IS, Islamic State), Tahrir al-Sham, Nusra Front are terrorist groups banned in Russia "
                        + "and many other countries.");
        assertThat(document.select(".gloss-body sup.gloss-marker-designation")).hasSize(3);
        assertThat(document.select(".gloss-body p").get(1).html())
                .contains("Daesh<sup").contains("Tahrir al-Sham<sup").contains("al-Nusra Front<sup");
        assertThat(document.select(".gloss-sources").text()).startsWith("Sources: Sputnik");
        assertThat(document.select(".gloss-body aside.gloss-related").text())
                .contains("Russian MoD Denies Allegations of Airstrikes on Idlib's Civilian Infrastructure");
    }
}
