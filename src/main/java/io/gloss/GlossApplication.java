package io.gloss;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import jakarta.ws.rs.core.Application;

/** The API's description in OpenAPI: every call takes an API key as a bearer token. */
@OpenAPIDefinition(
        info = @Info(title = "Gloss API", version = "0.1"),
        security = @SecurityRequirement(name = "apiKey"))
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An editor key of a publication, or the operator key (gloss.admin-key)")
public class GlossApplication extends Application {
}
