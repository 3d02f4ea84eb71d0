package io.waymark.security;

import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.Permission;

/** Grants a signed-in user the acts their roles allow ({@link Act}), for {@code @PermissionsAllowed} to check. */
@ApplicationScoped
public class ActPermissions implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity)
                .addPermissionChecker(required -> Uni.createFrom().item(permits(identity, required)))
                .build());
    }

    private static boolean permits(SecurityIdentity identity, Permission required) {
        return required instanceof StringPermission act && Act.allowed(act.getName(), identity.getRoles());
    }
}
