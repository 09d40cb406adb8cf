package io.gloss.access;

import java.util.Set;


import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import io.gloss.GlossConfig;

/** Reads {@code Authorization: Bearer <key>}; no header means an anonymous reader. */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    private final FailedKeyAttempts failures;

    @Inject
    public ApiKeyAuthenticationMechanism(GlossConfig config) {
        this.failures = new FailedKeyAttempts(config.limits().failedKeysPerMinute(), System::nanoTime);
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return Uni.createFrom().nullItem();
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length()) || header.length() == BEARER.length()) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Not a bearer token"));
        }
        // The client as the connection (or, behind a proxy, quarkus.http.proxy settings) names it.
        String client = context.request().remoteAddress() == null ? "unknown" : context.request().remoteAddress().host();
        if (failures.blocked(client)) {
            return Uni.createFrom().failure(FailedKeyAttempts.refusal());
        }
        return identities.authenticate(new ApiKeyCredential(header.substring(BEARER.length()).trim()))
                .onFailure(AuthenticationFailedException.class).invoke(() -> failures.failed(client));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"gloss\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyCredential.class);
    }
}
