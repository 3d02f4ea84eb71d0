package io.waymark.message;

import io.waymark.client.MessageChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Text messages through GOV.UK Notify, when an API key and a template are configured (docs/operations.md,
 * "Messages"). The template's content is {@code ((body))}: Waymark writes the words. Notify can be asked whether it
 * has a message by its reference, so a text is never sent twice.
 */
@ApplicationScoped
public class NotifyTextDelivery implements Delivery {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    @ConfigProperty(name = "waymark.notify.api-key")
    Optional<String> apiKey;

    @ConfigProperty(name = "waymark.notify.template-id")
    Optional<String> templateId;

    @Inject
    @RestClient
    NotifyApi notify;

    @Inject
    Clock clock;

    @Override
    public MessageChannel channel() {
        return MessageChannel.TEXT;
    }

    @Override
    public boolean available() {
        return apiKey.filter(k -> k.length() > 74).isPresent() && templateId.isPresent();
    }

    @Override
    public void deliver(Outgoing message) {
        notify.sendSms(bearer(), new NotifyApi.Sms(message.recipient(), templateId.orElseThrow(),
                Map.of("body", message.body()), message.reference()));
    }

    @Override
    public boolean accepted(String reference) {
        return !notify.byReference(bearer(), reference, "sms").notifications().isEmpty();
    }

    /**
     * Notify's credential: a JWT (HS256) whose issuer is the service id and whose issue time is now, signed with the
     * key's secret. An API key is {@code name-<service id>-<secret>}, both ids 36 characters.
     */
    String bearer() {
        String key = apiKey.orElseThrow();
        String secret = key.substring(key.length() - 36);
        String serviceId = key.substring(key.length() - 73, key.length() - 37);
        String header = URL.encodeToString("{\"typ\":\"JWT\",\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = URL.encodeToString(("{\"iss\":\"" + serviceId + "\",\"iat\":" + clock.instant().getEpochSecond()
                + "}").getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signature = URL.encodeToString(mac.doFinal((header + "." + claims).getBytes(StandardCharsets.UTF_8)));
            return "Bearer " + header + "." + claims + "." + signature;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }
}
