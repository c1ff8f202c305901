package nl.opgaveengine.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document follows the NL API Design Rules; it is also written to
 * {@code target/openapi.json}, where {@code .ci/run} lints it with the rules' Spectral ruleset.
 */
class OpenApiDocumentTest extends AppTestBase {

    @Test
    void documentsTheVersionHeaderProblemDetailsAndTheMajorVersionInTheServerUrl() throws IOException {
        Api.Answer answer = api.get(null, "/v1/openapi.json").expect(200);
        Files.writeString(Path.of("target", "openapi.json"), answer.raw().body(), StandardCharsets.UTF_8);
        JsonNode doc = answer.body();
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        assertThat(doc.path("servers").get(0).path("url").asText()).isEqualTo("/v1");
        assertThat(doc.path("paths").has("/opgaven")).isTrue();
        assertThat(doc.path("paths").has("/opgaven/{opgaveId}/besluiten")).isTrue();
        assertThat(doc.path("paths").path("/opgaven/{opgaveId}/besluiten").path("post").path("parameters").toString())
                .contains("#/components/parameters/Idempotency-Key");
        assertThat(doc.path("components").path("parameters").path("Idempotency-Key").path("in").asText())
                .isEqualTo("header");
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                for (Iterator<Map.Entry<String, JsonNode>> rs = op.getValue().path("responses").fields(); rs.hasNext(); ) {
                    Map.Entry<String, JsonNode> response = rs.next();
                    String where = op.getKey() + " " + path.getKey() + " " + response.getKey();
                    if (response.getKey().startsWith("2")) {
                        assertThat(response.getValue().path("headers").has("API-Version")).as(where).isTrue();
                    } else if (response.getKey().startsWith("4")) {
                        assertThat(response.getValue().path("content").has("application/problem+json")).as(where).isTrue();
                    }
                }
            }
        }
    }
}
