package io.gloss.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What an operator and an API client find without a key: health, API description, metrics. */
@QuarkusTest
class OperationsTest {

    @Test
    void healthReportsTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void openApiDescribesTheEditorApiWithBearerKeys() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Gloss API"))
                .body("paths.'/api/publications/{slug}/articles/{externalId}/annotations'.post", notNullValue())
                .body("paths.'/api/publications/{slug}/articles/{externalId}/annotations/{id}/history'.get", notNullValue())
                .body("components.securitySchemes.apiKey.scheme", equalTo("bearer"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void prometheusMetricsIncludeHttpRequestsForTheOperatorOnly() {
        given().get("/api/publications");
        io.gloss.TestApi.asOperator().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds_count"));
        // As found: anyone could read per-endpoint counts and failed authentications.
        given().get("/q/metrics").then().statusCode(401);
        io.gloss.TestApi.as(io.gloss.TestApi.editorKey(io.gloss.TestApi.newPublication())).get("/q/metrics").then().statusCode(403);
    }
}
