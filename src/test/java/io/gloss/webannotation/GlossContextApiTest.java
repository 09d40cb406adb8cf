package io.gloss.webannotation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The context of Gloss's own Web Annotation terms is served where every annotation links it, to anyone. */
@QuarkusTest
class GlossContextApiTest {

    @Test
    void theContextIsPublicJsonLd() {
        given().get(WebAnnotationJson.GLOSS_CONTEXT_PATH).then().statusCode(200)
                .contentType(startsWith("application/ld+json"))
                .body("@context.gloss", equalTo("urn:gloss:"));
    }
}
