package io.waymark.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A stand-in for GOV.UK Notify (notifications.service.gov.uk cannot be reached from here) that speaks the part of its
 * documented v2 API Waymark uses: {@code POST /v2/notifications/sms} and {@code GET /v2/notifications?reference=},
 * each refused (403, Notify's error shape) unless it carries a JWT signed with the API key's secret, whose issuer is
 * the service id and whose issue time is within 30 seconds. Tests read the texts it accepted.
 */
public class NotifyStandIn implements QuarkusTestResourceLifecycleManager {

    /** A text Notify accepted. */
    public record Text(String id, String reference, String phoneNumber, String body, Instant createdAt) {
    }

    private static final List<Text> TEXTS = new CopyOnWriteArrayList<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SERVICE_ID = UUID.randomUUID().toString();
    private static final String SECRET = UUID.randomUUID().toString();
    private static final String TEMPLATE_ID = UUID.randomUUID().toString();

    private HttpServer server;

    /** The texts accepted so far, in order. */
    public static List<Text> texts() {
        return List.copyOf(TEXTS);
    }

    public static List<Text> textsTo(String phoneNumber) {
        return TEXTS.stream().filter(t -> t.phoneNumber().equals(phoneNumber)).toList();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v2/notifications", this::handle);
        server.start();
        return Map.of("waymark.notify.base-url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "waymark.notify.api-key", "waymark_test-" + SERVICE_ID + "-" + SECRET,
                "waymark.notify.template-id", TEMPLATE_ID);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!authorised(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 403, Map.of("status_code", 403, "errors", List.of(Map.of("error", "AuthError",
                        "message", "Invalid token: signature, api token not found"))));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (exchange.getRequestMethod().equals("POST") && path.equals("/v2/notifications/sms")) {
                JsonNode sms = JSON.readTree(exchange.getRequestBody());
                if (!TEMPLATE_ID.equals(sms.path("template_id").asText()) || sms.path("phone_number").asText().isBlank()) {
                    answer(exchange, 400, Map.of("status_code", 400, "errors", List.of(Map.of("error", "BadRequestError",
                            "message", "template_id or phone_number is wrong"))));
                    return;
                }
                Text text = new Text(UUID.randomUUID().toString(), sms.path("reference").asText(null),
                        sms.path("phone_number").asText(), sms.path("personalisation").path("body").asText(), Instant.now());
                TEXTS.add(text);
                Map<String, Object> sent = new LinkedHashMap<>();
                sent.put("id", text.id());
                sent.put("reference", text.reference());
                sent.put("content", Map.of("body", text.body(), "from_number", "GOVUK"));
                sent.put("uri", "/v2/notifications/" + text.id());
                sent.put("template", Map.of("id", TEMPLATE_ID, "version", 1, "uri", "/v2/template/" + TEMPLATE_ID));
                answer(exchange, 201, sent);
            } else if (exchange.getRequestMethod().equals("GET") && path.equals("/v2/notifications")) {
                String reference = query(exchange.getRequestURI().getRawQuery()).get("reference");
                List<Map<String, Object>> found = new ArrayList<>();
                TEXTS.stream().filter(t -> t.reference() != null && t.reference().equals(reference))
                        .forEach(t -> found.add(Map.of("id", t.id(), "reference", t.reference(), "type", "sms",
                                "status", "delivered", "phone_number", t.phoneNumber(), "body", t.body())));
                answer(exchange, 200, Map.of("notifications", found, "links", Map.of("current", "/v2/notifications")));
            } else {
                answer(exchange, 404, Map.of("status_code", 404, "errors", List.of(Map.of("error", "NotFound"))));
            }
        }
    }

    /** Notify's check: an HS256 JWT signed with the secret, issued by the service, within 30 seconds of now. */
    private static boolean authorised(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        String[] parts = authorization.substring(7).split("\\.");
        if (parts.length != 3) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.UTF_8));
            if (!MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts[2]))) {
                return false;
            }
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            return SERVICE_ID.equals(claims.path("iss").asText())
                    && Math.abs(claims.path("iat").asLong() - Instant.now().getEpochSecond()) <= 30;
        } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                parameters.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return parameters;
    }

    private static void answer(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
