package io.waymark.message;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.waymark.client.MessageChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;

/** Email through the SMTP server quarkus-mailer is configured with (docs/operations.md, "Messages"). */
@ApplicationScoped
public class EmailDelivery implements Delivery {

    @Inject
    Mailer mailer;

    @Override
    public MessageChannel channel() {
        return MessageChannel.EMAIL;
    }

    @Override
    public void deliver(Outgoing message) {
        Mail mail = Mail.withText(message.recipient(), message.subject(), message.body());
        // A reply can be matched to the message; the id names nothing about the person.
        mail.addHeader("X-Waymark-Message", message.reference());
        if (message.attachment() != null) {
            mail.addAttachment(message.attachmentName(), message.attachment().getBytes(StandardCharsets.UTF_8),
                    "text/calendar; charset=UTF-8; method=PUBLISH");
        }
        mailer.send(mail);
    }
}
