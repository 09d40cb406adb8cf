package io.gloss.access;



import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.gloss.GlossConfig;

/**
 * Turns a key into an identity: the operator key from configuration, or a publication key found by
 * its hash. Keys are looked up on every request (one indexed query), so a revoked key stops
 * working at once on every node.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyCredential> {

    /** Principal name of the operator key in the audit trail. */
    public static final String OPERATOR = "operator";

    @Inject
    GlossConfig config;

    @Inject
    KeyDirectory keys;

    @Override
    public Class<ApiKeyCredential> getRequestType() {
        return ApiKeyCredential.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyCredential credential, AuthenticationRequestContext context) {
        String key = credential.key();
        if (config.adminKey().filter(admin -> !admin.isBlank() && KeySecrets.same(admin, key)).isPresent()) {
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(OPERATOR))
                    .addRole(Roles.ADMIN).addRole(Roles.EDITOR)
                    .build());
        }
        return context.runBlocking(() -> QuarkusTransaction.requiringNew()
                .call(() -> keys.activeKey(KeySecrets.hash(key)))
                .map(ApiKeyIdentityProvider::identityOf)
                .orElseThrow(() -> new AuthenticationFailedException("Unknown or revoked key")));
    }

    private static SecurityIdentity identityOf(KeyDirectory.ActiveKey key) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(key.principalName()))
                .addRole(key.role())
                .addAttribute(Roles.PUBLICATION_ATTRIBUTE, key.publicationSlug())
                .build();
    }
}
