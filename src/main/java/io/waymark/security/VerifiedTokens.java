package io.waymark.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A bearer token is verified once: quarkus-oidc checks its signature, issuer, audience and expiry on first use, and
 * the identity it made is kept until the token's own expiry ({@code exp}), so the next request with the same token
 * skips the signature check (7% of the service's CPU before). Nothing is kept past expiry, so revocation is no weaker
 * than the token's lifetime already makes it; a token that fails is never kept. Code-flow sessions of the pages are
 * left to quarkus-oidc. At most {@code waymark.security.verified-tokens} are kept (0 turns this off).
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    private static final String TENANT_ID = "tenant-id";

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    OidcIdentityProvider oidc;

    @ConfigProperty(name = "waymark.security.verified-tokens", defaultValue = "10000")
    int capacity;

    private final Counter reused;

    private final Counter checked;

    @Inject
    VerifiedTokens(MeterRegistry meters) {
        reused = meters.counter("waymark.tokens.verified", "result", "reused");
        checked = meters.counter("waymark.tokens.verified", "result", "checked");
    }

    private record Verified(SecurityIdentity identity, long expiresAtSecond) {
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Asked just before quarkus-oidc's own provider, which it calls when the token is new. */
    @Override
    public int priority() {
        return oidc.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (capacity == 0 || !(request.getToken() instanceof AccessTokenCredential bearer)) {
            return Uni.createFrom().nullItem();
        }
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        // The tenant is part of the key: a token verified for one OIDC tenant says nothing about another.
        String key = (http == null ? null : http.get(TENANT_ID)) + " " + bearer.getToken();
        long now = Instant.now().getEpochSecond(); // real time, as the token's own expiry
        Verified known = verified.get(key);
        if (known != null && now < known.expiresAtSecond()) {
            reused.increment();
            return Uni.createFrom().item(forThisRequest(known.identity(), http));
        }
        return oidc.authenticate(request, context).invoke(identity -> remember(key, identity, now));
    }

    private void remember(String key, SecurityIdentity identity, long now) {
        checked.increment();
        if (identity == null || !(identity.getPrincipal() instanceof JsonWebToken token)
                || token.getExpirationTime() <= now) {
            return;
        }
        if (verified.size() >= capacity) {
            verified.values().removeIf(entry -> entry.expiresAtSecond() <= now);
        }
        if (verified.size() < capacity) {
            verified.put(key, new Verified(identity, token.getExpirationTime()));
        }
    }

    /** The identity as made for the first request, with this request's HTTP context in place of that one's. */
    private static SecurityIdentity forThisRequest(SecurityIdentity identity, RoutingContext http) {
        if (http == null || identity.getAttribute(RoutingContext.class.getName()) == null) {
            return identity;
        }
        return QuarkusSecurityIdentity.builder(identity).addAttribute(RoutingContext.class.getName(), http).build();
    }
}
