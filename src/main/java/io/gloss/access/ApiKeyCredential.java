package io.gloss.access;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The bearer token of a request, on its way to {@link ApiKeyIdentityProvider}. */
public class ApiKeyCredential extends BaseAuthenticationRequest {

    private final String key;

    public ApiKeyCredential(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
