package io.waymark.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
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
 * the service id and whose issue time is within 30 seconds. As Notify does with a callback set up, it then posts a
 * delivery receipt with the callback's bearer token; as with Notify's test keys, 07700900002 is a permanent failure,
 * 07700900003 a temporary one, any other number delivered. {@code GET /} lists the texts it took, for a person to
 * read. Only the JDK and Jackson, so that the local run can start it too ({@link #main}).
 */
public final class NotifyStandIn {

    /** A text Notify accepted, and the status its receipt gave. */
    public record Text(String id, String reference, String phoneNumber, String body, Instant createdAt, String status) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Text> texts = new CopyOnWriteArrayList<>();
    private final String serviceId;
    private final String secret;
    private final String templateId;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile String callbackUrl;
    private volatile String callbackToken;
    private HttpServer server;

    public NotifyStandIn(String serviceId, String secret, String templateId) {
        this.serviceId = serviceId;
        this.secret = secret;
        this.templateId = templateId;
    }

    /** Where Notify posts its delivery receipts, with which bearer token (set in Notify's own settings). */
    public void callback(String url, String bearerToken) {
        this.callbackUrl = url;
        this.callbackToken = bearerToken;
    }

    /** Listens on the port (0: any free one); its base URL. */
    public String start(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v2/notifications", this::handle);
        server.createContext("/", this::list);
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** An API key of Notify's form, name-service id-secret. */
    public String apiKey() {
        return "waymark_test-" + serviceId + "-" + secret;
    }

    public String templateId() {
        return templateId;
    }

    /** The texts accepted so far, in order. */
    public List<Text> texts() {
        return List.copyOf(texts);
    }

    /**
     * The local run's Notify: {@code NOTIFY_PORT}, {@code NOTIFY_API_KEY} and {@code NOTIFY_TEMPLATE_ID} as given to
     * Waymark, and {@code NOTIFY_CALLBACK_URL} with {@code NOTIFY_CALLBACK_TOKEN} for the receipts.
     */
    public static void main(String[] args) {
        String key = System.getenv("NOTIFY_API_KEY");
        NotifyStandIn notify = new NotifyStandIn(key.substring(key.length() - 73, key.length() - 37),
                key.substring(key.length() - 36), System.getenv("NOTIFY_TEMPLATE_ID"));
        notify.callback(System.getenv("NOTIFY_CALLBACK_URL"), System.getenv("NOTIFY_CALLBACK_TOKEN"));
        String url = notify.start(Integer.parseInt(System.getenv().getOrDefault("NOTIFY_PORT", "8026")));
        System.out.println("Notify stand-in listening on " + url + "; the texts it took: " + url + "/");
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
                if (!templateId.equals(sms.path("template_id").asText()) || sms.path("phone_number").asText().isBlank()) {
                    answer(exchange, 400, Map.of("status_code", 400, "errors", List.of(Map.of("error", "BadRequestError",
                            "message", "template_id or phone_number is wrong"))));
                    return;
                }
                String phone = sms.path("phone_number").asText();
                Text text = new Text(UUID.randomUUID().toString(), sms.path("reference").asText(null), phone,
                        sms.path("personalisation").path("body").asText(), Instant.now(), statusFor(phone));
                texts.add(text);
                Map<String, Object> sent = new LinkedHashMap<>();
                sent.put("id", text.id());
                sent.put("reference", text.reference());
                sent.put("content", Map.of("body", text.body(), "from_number", "GOVUK"));
                sent.put("uri", "/v2/notifications/" + text.id());
                sent.put("template", Map.of("id", templateId, "version", 1, "uri", "/v2/template/" + templateId));
                answer(exchange, 201, sent);
                receipt(text);
            } else if (exchange.getRequestMethod().equals("GET") && path.equals("/v2/notifications")) {
                String reference = query(exchange.getRequestURI().getRawQuery()).get("reference");
                List<Map<String, Object>> found = new ArrayList<>();
                texts.stream().filter(t -> t.reference() != null && t.reference().equals(reference))
                        .forEach(t -> found.add(Map.of("id", t.id(), "reference", t.reference(), "type", "sms",
                                "status", t.status(), "phone_number", t.phoneNumber(), "body", t.body())));
                answer(exchange, 200, Map.of("notifications", found, "links", Map.of("current", "/v2/notifications")));
            } else {
                answer(exchange, 404, Map.of("status_code", 404, "errors", List.of(Map.of("error", "NotFound"))));
            }
        }
    }

    /** Notify's test numbers: the status a text to this number ends in. */
    private static String statusFor(String phone) {
        String digits = phone.replaceAll("\\D", "");
        if (digits.endsWith("7700900002")) {
            return "permanent-failure";
        }
        return digits.endsWith("7700900003") ? "temporary-failure" : "delivered";
    }

    /** The delivery receipt, posted after the answer as Notify does, on another thread. */
    private void receipt(Text text) {
        String url = callbackUrl;
        if (url == null || url.isBlank()) {
            return;
        }
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("id", text.id());
        receipt.put("reference", text.reference());
        receipt.put("to", text.phoneNumber());
        receipt.put("status", text.status());
        receipt.put("created_at", text.createdAt().toString());
        receipt.put("completed_at", Instant.now().toString());
        receipt.put("sent_at", text.createdAt().toString());
        receipt.put("notification_type", "sms");
        try {
            http.sendAsync(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + callbackToken)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(receipt))).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The texts taken, newest first, as plain text for a person running Waymark locally. */
    private void list(HttpExchange exchange) throws IOException {
        try (exchange) {
            StringBuilder page = new StringBuilder("Texts taken by the Notify stand-in, newest first\n\n");
            List<Text> newestFirst = new ArrayList<>(texts);
            Collections.reverse(newestFirst);
            newestFirst.forEach(t -> page.append(t.createdAt()).append(" to ").append(t.phoneNumber()).append(" (")
                    .append(t.status()).append(")\n").append(t.body()).append("\n\n"));
            byte[] bytes = page.toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=UTF-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    /** Notify's check: an HS256 JWT signed with the secret, issued by the service, within 30 seconds of now. */
    private boolean authorised(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        String[] parts = authorization.substring(7).split("\\.");
        if (parts.length != 3) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.UTF_8));
            if (!MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts[2]))) {
                return false;
            }
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            return serviceId.equals(claims.path("iss").asText())
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
