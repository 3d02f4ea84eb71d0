package io.waymark.message;

import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * GOV.UK Notify's delivery receipts callback: Notify posts what became of each text, with the bearer token the
 * service gave it (waymark.notify.callback-token, from a secret). Not signed in: outside OIDC (its own disabled
 * tenant in application.properties), and refused without the token.
 */
@Path("/notify/delivery-receipts")
public class NotifyReceiptResource {

    @ConfigProperty(name = "waymark.notify.callback-token")
    Optional<String> callbackToken;

    @Inject
    DeliveryReceipts receipts;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<Void> receive(@HeaderParam("Authorization") String authorization, DeliveryReceipt receipt) {
        if (!fromNotify(authorization)) {
            throw new UnauthorizedException();
        }
        receipts.record(receipt);
        return RestResponse.noContent();
    }

    private boolean fromNotify(String authorization) {
        return callbackToken.filter(token -> token.length() >= 10).map(token -> authorization != null
                && MessageDigest.isEqual(("Bearer " + token).getBytes(StandardCharsets.UTF_8),
                authorization.getBytes(StandardCharsets.UTF_8))).orElse(false);
    }
}
