package io.gloss.demo;

import static io.gloss.TestApi.asOperator;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;

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
            return Map.of("gloss.demo", "true", "gloss.test.db-name", "gloss-demo");
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
                .body("kind", hasItems("SOURCE", "DESIGNATION", "RELATED_LINK", "FOOTNOTE"))
                .body("status", everyItem(equalTo("PUBLISHED")))
                .body("findAll { it.target != null }.anchor", everyItem(equalTo("ANCHORED")))
                .body("findAll { it.kind == 'DESIGNATION' }.body.organization", contains("isis", "hts", "jabhat-al-nusra"))
                .body("findAll { it.kind == 'SOURCE' && it.target == null }.body.name", contains("Sputnik"));
    }

    @Test
    void landingPageShowsTheDemoArticleWithTheFootnoteOfTheDesign() {
        String page = "/embed/" + DemoData.PUBLICATION + "/" + DemoData.ARTICLE + "/page";
        given().get("/").then().statusCode(200).body(containsString("src=\"" + page + "\""));
        Document document = Jsoup.parse(given().get(page).then().statusCode(200).extract().asString());
        assertThat(document.select(".gloss-designation").eachText()).containsExactly(
                "*Daesh (ISIS, ISIL, IS, Islamic State), Tahrir al-Sham, Nusra Front are terrorist groups banned in Russia "
                        + "and many other countries.");
        assertThat(document.select(".gloss-body sup.gloss-marker-designation")).hasSize(3);
        assertThat(document.select(".gloss-sources").text()).startsWith("Sources: Sputnik");
        assertThat(document.select(".gloss-body aside.gloss-related").text())
                .contains("Russian MoD Denies Allegations of Airstrikes on Idlib's Civilian Infrastructure");
    }
}
