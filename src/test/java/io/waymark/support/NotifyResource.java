package io.waymark.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The tests' GOV.UK Notify: a {@link NotifyStandIn} with a fresh service, key and template, whose delivery receipts go
 * to the application under test with the callback token it is configured with. Tests read the texts it took.
 */
public class NotifyResource implements QuarkusTestResourceLifecycleManager {

    /** The bearer token Notify's receipts carry, as set in Notify's callback settings. */
    public static final String CALLBACK_TOKEN = "receipts-" + UUID.randomUUID();

    private static NotifyStandIn notify;

    public static List<NotifyStandIn.Text> texts() {
        return notify.texts();
    }

    public static List<NotifyStandIn.Text> textsTo(String phoneNumber) {
        return notify.texts().stream().filter(t -> t.phoneNumber().equals(phoneNumber)).toList();
    }

    @Override
    public Map<String, String> start() {
        notify = new NotifyStandIn(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        notify.callback("http://localhost:" + TestResources.applicationPort() + "/notify/delivery-receipts",
                CALLBACK_TOKEN);
        return Map.of("waymark.notify.base-url", notify.start(0), "waymark.notify.api-key", notify.apiKey(),
                "waymark.notify.template-id", notify.templateId(), "waymark.notify.callback-token", CALLBACK_TOKEN);
    }

    @Override
    public void stop() {
        if (notify != null) {
            notify.stop();
        }
    }
}
