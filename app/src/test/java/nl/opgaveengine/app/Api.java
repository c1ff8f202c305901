package nl.opgaveengine.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A small HTTP client for the tests: real requests with HTTP Basic (password = user name) or, for a user given
 * as {@code "Bearer <token>"}, with that bearer token; answers as status + JSON.
 */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    /** One HTTP answer. */
    public record Answer(int status, JsonNode body, HttpResponse<String> raw) {
        public Answer expect(int expected) {
            assertThat(status).as("HTTP status; body: %s", raw.body()).isEqualTo(expected);
            return this;
        }

        public String text(String field) {
            return body.path(field).asText();
        }
    }

    public Answer get(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Answer post(String user, String path, Object body) {
        return send(user, json(HttpRequest.newBuilder(URI.create(base + path)), body).method("POST", publisher(body)));
    }

    public Answer put(String user, String path, Object body) {
        return send(user, json(HttpRequest.newBuilder(URI.create(base + path)), body).method("PUT", publisher(body)));
    }

    public Answer postRaw(String user, String path, String contentType, byte[] body) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Answer postMultipart(String user, String path, String field, String filename, byte[] content) {
        String boundary = "opgave-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + filename + "\"\r\nContent-Type: application/xml\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(content, 0, all, head.length, content.length);
        System.arraycopy(tail, 0, all, head.length + content.length, tail.length);
        return postRaw(user, path, "multipart/form-data; boundary=" + boundary, all);
    }

    /** Waits until the opgave's detail view satisfies the condition, and returns it. */
    public JsonNode awaitOpgave(String opgaveId, Predicate<JsonNode> condition) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
            Answer answer = get("controller", "/v1/opgaven/" + opgaveId);
            last[0] = answer.body();
            return answer.status() == 200 && condition.test(answer.body());
        });
        return last[0];
    }

    /** Waits until the opgave's event history satisfies the condition, and returns the events. */
    public JsonNode awaitEvents(String opgaveId, Predicate<JsonNode> condition) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
            Answer answer = get("controller", "/v1/opgaven/" + opgaveId + "/gebeurtenissen");
            last[0] = answer.body().path("gebeurtenissen");
            return answer.status() == 200 && condition.test(last[0]);
        });
        return last[0];
    }

    private static HttpRequest.Builder json(HttpRequest.Builder builder, Object body) {
        return builder.header("Content-Type", "application/json");
    }

    private static HttpRequest.BodyPublisher publisher(Object body) {
        try {
            String text = body instanceof String s ? s : JSON.writeValueAsString(body);
            return HttpRequest.BodyPublishers.ofString(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Any request, with extra headers (name, value, name, value, ...). */
    public Answer request(String user, String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(user, builder);
    }

    private Answer send(String user, HttpRequest.Builder builder) {
        if (user != null && user.startsWith("Bearer ")) {
            builder.header("Authorization", user);
        } else if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body;
            try {
                body = response.body() == null || response.body().isBlank()
                        ? JSON.nullNode() : JSON.readTree(response.body());
            } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
                body = JSON.getNodeFactory().textNode(response.body());
            }
            return new Answer(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> map(Object... keyValues) {
        java.util.LinkedHashMap<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
