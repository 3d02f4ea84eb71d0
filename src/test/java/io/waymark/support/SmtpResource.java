package io.waymark.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A real SMTP server (GreenMail) for the whole test run: Waymark sends to it, and tests read what it received. */
public class SmtpResource implements QuarkusTestResourceLifecycleManager {

    private static GreenMail server;

    /** The messages received so far, for tests to read. */
    public static GreenMail server() {
        return server;
    }

    /** The messages received so far for this address, in order. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A message's text: the whole of a plain message, the plain-text part of one with attachments. */
    public static String text(MimeMessage message) {
        try {
            if (message.getContent() instanceof Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    if (parts.getBodyPart(i).isMimeType("text/plain")) {
                        return String.valueOf(parts.getBodyPart(i).getContent());
                    }
                }
            }
            return String.valueOf(message.getContent());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<String, String> start() {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port),
                "quarkus.mailer.mock", "false");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
