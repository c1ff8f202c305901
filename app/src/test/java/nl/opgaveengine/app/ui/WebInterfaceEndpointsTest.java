package nl.opgaveengine.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.opgaveengine.app.AppTestBase;
import org.junit.jupiter.api.Test;

/** What the web interface needs from the server, over plain HTTP: public pages, their policy, sign-in, reads. */
class WebInterfaceEndpointsTest extends AppTestBase {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pagesArePublicWithTheirOwnPolicyWhileTheApiKeepsItsStrictOne() throws Exception {
        HttpResponse<String> page = get("/", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"nl\">", "ui/js/app.js");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("script-src 'self' 'unsafe-inline'");

        HttpResponse<String> viewer = get("/ui/vendor/bpmn-js/bpmn-navigated-viewer.production.min.js", null, null);
        assertThat(viewer.statusCode()).isEqualTo(200);
        assertThat(viewer.body()).contains("BpmnJS");
        assertThat(get("/ui/vendor/bpmn-js/LICENSE", null, null).body()).contains("bpmn.io");

        HttpResponse<String> api = get("/v1/opgaven", PROJECTBUREAU, null);
        assertThat(api.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("default-src 'none'")
                .doesNotContain("script-src");
    }

    @Test
    void theWebInterfaceGetsNoBasicChallengeSoTheBrowserShowsNoDialogOtherClientsStillDo() throws Exception {
        HttpResponse<String> fromPage = get("/v1/gebruiker", null, "XMLHttpRequest");
        assertThat(fromPage.statusCode()).isEqualTo(401);
        assertThat(fromPage.headers().allValues("WWW-Authenticate")).noneMatch(v -> v.startsWith("Basic"));

        HttpResponse<String> fromCurl = get("/v1/gebruiker", null, null);
        assertThat(fromCurl.statusCode()).isEqualTo(401);
        assertThat(fromCurl.headers().allValues("WWW-Authenticate")).anyMatch(v -> v.startsWith("Basic"));
    }

    @Test
    void theSignedInUserComesWithTheGlobalRoles() throws Exception {
        JsonNode proceseigenaar = json(get("/v1/gebruiker", PROCESEIGENAAR, "XMLHttpRequest"));
        assertThat(proceseigenaar.path("naam").asText()).isEqualTo(PROCESEIGENAAR);
        assertThat(proceseigenaar.path("rollen").toString()).isEqualTo("[\"PROCESEIGENAAR\"]");
        assertThat(json(get("/v1/gebruiker", OPDRACHTGEVER, null)).path("rollen").size()).isZero();
    }

    @Test
    void aModelVersionGivesItsXmlAsDeployedAndAnUnknownOneIsNotFound() throws Exception {
        JsonNode versies = json(get("/v1/procesmodellen", CONTROLLER, null)).path("procesmodellen");
        String key = null;
        for (JsonNode v : versies) {
            if ("project".equals(v.path("bpmnProcessId").asText())) {
                key = v.path("processDefinitionKey").asText();
            }
        }
        assertThat(key).isNotNull();
        HttpResponse<String> xml = get("/v1/procesmodellen/" + key + "/bpmn", CONTROLLER, null);
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        assertThat(xml.body()).contains("bpmn:definitions", "service_task_gate_initiatief_openen");

        HttpResponse<String> unknown = get("/v1/procesmodellen/42/bpmn", CONTROLLER, null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Procesmodelversie 42 bestaat niet");
        assertThat(get("/v1/procesmodellen/" + key + "/bpmn", null, "XMLHttpRequest").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path, String user, String requestedWith)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        if (requestedWith != null) {
            request.header("X-Requested-With", requestedWith);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }
}
