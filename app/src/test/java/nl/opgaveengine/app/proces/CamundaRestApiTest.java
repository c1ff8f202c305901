package nl.opgaveengine.app.proces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.response.ElementInstance;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.app.AppTestBase;
import nl.opgaveengine.command.model.CamundaProcessModels;
import nl.opgaveengine.command.model.ProcessModels;
import nl.opgaveengine.engine.gateway.EmbeddedGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The embedded engine's Camunda 8 REST API v2 on the application's port: the Camunda Modeler's <em>Deploy</em> and
 * <em>Start instance</em> requests replayed as its SDK sends them, and the Camunda Java client's REST-only calls
 * (search, definition XML, ad-hoc activation) with their refusals.
 */
class CamundaRestApiTest extends AppTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    EmbeddedGateway gateway;

    /**
     * Camunda Modeler 5.x (app/lib/zeebe-api) with an {@code http://} endpoint first asks {@code GET /v2/topology}
     * through {@code @camunda8/sdk}'s CamundaRestClient; when that answers it deploys with {@code POST /v2/deployments}
     * (multipart, one {@code resources} part per file) and starts with {@code POST /v2/process-instances}.
     */
    @Test
    void theModelersDeployAndStartInstanceRequestsAreAnswered() throws Exception {
        JsonNode topology = send(modeler("GET", "/v2/topology", "application/json", HttpRequest.BodyPublishers.noBody()),
                200);
        assertThat(topology.path("gatewayVersion").asText()).startsWith("8.");
        assertThat(topology.path("brokers").get(0).path("partitions").get(0).path("role").asText()).isEqualTo("leader");

        String processId = "modeler_" + UUID.randomUUID().toString().replace("-", "");
        String boundary = "--------------------------" + UUID.randomUUID().toString().replace("-", "");
        JsonNode deployed = send(modeler("POST", "/v2/deployments", "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, "diagram_1.bpmn",
                        model(processId, "<bpmn:endEvent id=\"end\"><bpmn:incoming>f1</bpmn:incoming></bpmn:endEvent>"
                                + "<bpmn:sequenceFlow id=\"f1\" sourceRef=\"start\" targetRef=\"end\" />")))), 200);
        JsonNode definition = deployed.path("deployments").get(0).path("processDefinition");
        assertThat(definition.path("processDefinitionId").asText()).isEqualTo(processId);
        assertThat(definition.path("processDefinitionVersion").asInt()).isEqualTo(1);
        assertThat(definition.path("resourceName").asText()).isEqualTo("diagram_1.bpmn");
        assertThat(definition.path("processDefinitionKey").isTextual()).as("keys travel as strings").isTrue();
        assertThat(deployed.path("deploymentKey").isTextual()).isTrue();
        String key = definition.path("processDefinitionKey").asText();

        // the Modeler sends the key of what it just deployed, or else the process id; undefined fields are left out
        JsonNode byKey = send(modeler("POST", "/v2/process-instances", "application/json", json(Map.of(
                "variables", Map.of("aanvrager", "modeler"), "processDefinitionKey", key))), 200);
        assertThat(byKey.path("processDefinitionKey").asText()).isEqualTo(key);
        assertThat(byKey.path("processInstanceKey").asLong()).isPositive();
        JsonNode byId = send(modeler("POST", "/v2/process-instances", "application/json", json(Map.of(
                "variables", Map.of(), "startInstructions", List.of(), "processDefinitionId", processId))), 200);
        assertThat(byId.path("processDefinitionId").asText()).isEqualTo(processId);
        assertThat(byId.path("processDefinitionVersion").asInt()).isEqualTo(1);

        assertThat(api.get(PROCESEIGENAAR, "/v1/procesmodellen").expect(200).body().toString())
                .as("what the Modeler deployed is in the list of models").contains(processId);

        JsonNode invalid = send(modeler("POST", "/v2/deployments", "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, "kapot.bpmn", model(processId,
                        "<bpmn:serviceTask id=\"taak_zonder_type\"><bpmn:incoming>f1</bpmn:incoming></bpmn:serviceTask>"
                                + "<bpmn:sequenceFlow id=\"f1\" sourceRef=\"start\" targetRef=\"taak_zonder_type\" />")))),
                400);
        assertThat(invalid.path("title").asText()).isEqualTo("INVALID_ARGUMENT");
        assertThat(invalid.path("detail").asText()).contains("taak_zonder_type");
        JsonNode unknown = send(modeler("POST", "/v2/process-instances", "application/json", json(Map.of(
                "variables", Map.of(), "processDefinitionId", "bestaat_niet_" + processId))), 404);
        assertThat(unknown.path("title").asText()).isEqualTo("NOT_FOUND");
        assertThat(unknown.path("instance").asText()).isEqualTo("/v2/process-instances");
    }

    @Test
    void theCamundaClientFindsAndActivatesAdHocActivitiesOverRest() {
        String processId = "adhoc_" + UUID.randomUUID().toString().replace("-", "");
        try (CamundaClient client = client()) {
            long definitionKey = client.newDeployResourceCommand().useGrpc()
                    .addResourceBytes(model(processId, """
                            <bpmn:adHocSubProcess id="losse_stappen"><bpmn:incoming>f1</bpmn:incoming>
                              <bpmn:serviceTask id="stap_a"><bpmn:extensionElements>
                                <zeebe:taskDefinition type="rest-v2-test-stap" /></bpmn:extensionElements></bpmn:serviceTask>
                              <bpmn:completionCondition xsi:type="bpmn:tFormalExpression">=klaar = true</bpmn:completionCondition>
                            </bpmn:adHocSubProcess>
                            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="losse_stappen" />
                            """), processId + ".bpmn").send().join().getProcesses().get(0).getProcessDefinitionKey();
            long instance = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
                    .variables(Map.of("klaar", false)).send().join().getProcessInstanceKey();

            var definitions = client.newProcessDefinitionSearchRequest()
                    .filter(f -> f.processDefinitionId(processId).version(1)).send().join().items();
            assertThat(definitions).singleElement()
                    .satisfies(d -> assertThat(d.getProcessDefinitionKey()).isEqualTo(definitionKey));
            assertThat(client.newProcessDefinitionGetXmlRequest(definitionKey).send().join()).contains("stap_a");

            ElementInstance adHoc = active(client, instance, "losse_stappen").get(0);
            assertThat(adHoc.getProcessDefinitionKey()).isEqualTo(definitionKey);
            assertThat(active(client, instance, "stap_a")).isEmpty();

            client.newActivateAdHocSubProcessActivitiesCommand(String.valueOf(adHoc.getElementInstanceKey()))
                    .activateElement("stap_a").send().join();
            assertThat(active(client, instance, "stap_a")).as("the activity runs in the ad-hoc sub-process")
                    .singleElement().satisfies(e -> assertThat(e.getState()).isEqualTo(ElementInstanceState.ACTIVE));

            assertThatThrownBy(() -> client.newActivateAdHocSubProcessActivitiesCommand(String.valueOf(adHoc
                    .getElementInstanceKey())).activateElement("bestaat_niet").send().join())
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.code()).isEqualTo(400);
                        assertThat(e.details().getTitle()).isEqualTo("INVALID_ARGUMENT");
                        assertThat(e.details().getDetail()).contains("bestaat_niet");
                    });
            assertThatThrownBy(() -> client.newActivateAdHocSubProcessActivitiesCommand(String.valueOf(instance))
                    .activateElement("stap_a").send().join())
                    .as("the key of something that is no ad-hoc sub-process")
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.code()).isEqualTo(404);
                        assertThat(e.details().getTitle()).isEqualTo("NOT_FOUND");
                    });
        }
    }

    /** Gateway mode on a cluster: {@code /v1/procesmodellen} deploys through the client and lists with the search. */
    @Test
    void aClustersModelsAreDeployedThroughTheClientAndListedWithItsSearch() {
        String processId = "cluster_" + UUID.randomUUID().toString().replace("-", "");
        try (CamundaClient client = client()) {
            CamundaProcessModels models = new CamundaProcessModels(() -> client);
            ProcessModels.Deployed deployed = models.deploy(processId + ".bpmn", model(processId,
                    "<bpmn:endEvent id=\"end\"><bpmn:incoming>f1</bpmn:incoming></bpmn:endEvent>"
                            + "<bpmn:sequenceFlow id=\"f1\" sourceRef=\"start\" targetRef=\"end\" />"), PROCESEIGENAAR);
            ProcessModels.ModelVersion version = deployed.versions().get(0);
            assertThat(version.bpmnProcessId()).isEqualTo(processId);
            assertThat(version.version()).isEqualTo(1);
            assertThat(models.versions()).contains(new ProcessModels.ModelVersion(version.key(), processId, processId, 1,
                    processId + ".bpmn", null, null, null));
            assertThat(models.version(version.key())).hasValueSatisfying(v -> assertThat(v.bpmnProcessId())
                    .isEqualTo(processId));
            assertThat(new String(models.xml(version.key()).orElseThrow(), StandardCharsets.UTF_8))
                    .contains("id=\"" + processId + "\"");
            assertThat(models.xml(42L)).isEmpty();
            assertThatThrownBy(() -> models.deploy("kapot.bpmn", model(processId,
                    "<bpmn:serviceTask id=\"taak_zonder_type\"><bpmn:incoming>f1</bpmn:incoming></bpmn:serviceTask>"
                            + "<bpmn:sequenceFlow id=\"f1\" sourceRef=\"start\" targetRef=\"taak_zonder_type\" />"),
                    PROCESEIGENAAR)).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_MODEL);
                        assertThat(e.getMessage()).contains("taak_zonder_type");
                    });
        }
    }

    private CamundaClient client() {
        return CamundaClient.newClientBuilder()
                .grpcAddress(URI.create("http://127.0.0.1:" + gateway.port()))
                .restAddress(URI.create("http://127.0.0.1:" + port))
                .applyEnvironmentVariableOverrides(false).build();
    }

    private static List<ElementInstance> active(CamundaClient client, long instance, String elementId) {
        return client.newElementInstanceSearchRequest().filter(f -> f.processInstanceKey(instance).elementId(elementId)
                .state(ElementInstanceState.ACTIVE)).send().join().items();
    }

    /** The headers {@code @camunda8/sdk}'s CamundaRestClient sends without authentication. */
    private HttpRequest modeler(String method, String path, String contentType, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("content-type", contentType)
                .header("user-agent", "camunda8-sdk/8.9.0")
                .header("accept", path.equals("/v2/deployments") ? "application/json" : "*/*")
                .method(method, body).build();
    }

    private static JsonNode send(HttpRequest request, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }

    private static HttpRequest.BodyPublisher json(Object body) throws Exception {
        return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    }

    /** One {@code resources} part, as the {@code form-data} package writes it. */
    private static byte[] multipart(String boundary, String filename, byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"resources\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] model(String processId, String elements) {
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d" targetNamespace="http://test">
                  <bpmn:process id="%s" isExecutable="true">
                    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
                    %s
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(processId, elements)).getBytes(StandardCharsets.UTF_8);
    }
}
