package nl.opgaveengine.app;

import static nl.opgaveengine.app.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Refused requests change nothing and say why, as problem details naming the field, role or element. */
class BadInputTest extends AppTestBase {

    @Test
    void unknownOpgaveIs404() {
        Api.Answer answer = decide(OPDRACHTGEVER, "bestaat-niet", "initiatief", "GO", "akkoord").expect(404);
        assertThat(answer.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(answer.text("detail")).contains("bestaat-niet");
        api.get(CONTROLLER, "/v1/opgaven/bestaat-niet").expect(404);
    }

    @Test
    void aGateThatIsNotOpenIs409WithTheCurrentState() {
        String opgaveId = lopendProject("Gate niet open");
        Api.Answer answer = decide(OPDRACHTGEVER, opgaveId, "definitie", "GO", "akkoord").expect(409);
        assertThat(answer.text("code")).isEqualTo("GATE_NOT_OPEN");
        assertThat(answer.text("openGate")).isEqualTo("initiatief");
    }

    @Test
    void anAlreadyDecidedGateIs409() {
        String opgaveId = lopendProject("Al besloten");
        attach(opgaveId, "startdocument");
        decide(OPDRACHTGEVER, opgaveId, "initiatief", "NO_GO", "stop").expect(201);
        api.awaitOpgave(opgaveId, status("GESTOPT"));
        Api.Answer answer = decide(OPDRACHTGEVER, opgaveId, "initiatief", "GO", "toch wel").expect(409);
        assertThat(answer.text("code")).isIn("OPGAVE_CLOSED", "GATE_ALREADY_DECIDED");
    }

    @Test
    void theWrongRoleIs403NamingTheRequiredRole() {
        String opgaveId = lopendProject("Verkeerde rol");
        attach(opgaveId, "startdocument");
        Api.Answer answer = decide(PROJECTLEIDER, opgaveId, "initiatief", "GO", "graag").expect(403);
        assertThat(answer.text("vereisteRol")).isEqualTo("AMBTELIJK_OPDRACHTGEVER");
        decide(CONTROLLER, opgaveId, "initiatief", "GO", "graag").expect(403);
        assertThat(api.awaitOpgave(opgaveId, gateOpen("initiatief")).path("besluiten").toString()).doesNotContain("graag");
    }

    @Test
    void aMissingDocumentOrRationaleIs422NamingWhatIsMissing() {
        String opgaveId = lopendProject("Zonder document");
        Api.Answer noDocument = decide(OPDRACHTGEVER, opgaveId, "initiatief", "GO", "akkoord").expect(422);
        assertThat(noDocument.text("vereistDocument")).isEqualTo("startdocument");
        attach(opgaveId, "startdocument");
        Api.Answer noRationale = decide(OPDRACHTGEVER, opgaveId, "initiatief", "GO", " ").expect(422);
        assertThat(noRationale.text("veld")).isEqualTo("onderbouwing");
    }

    @Test
    void malformedJsonAndUnknownOutcomeAre400NamingTheField() {
        String opgaveId = lopendProject("Rare invoer");
        attach(opgaveId, "startdocument");
        api.post(OPDRACHTGEVER, "/v1/opgaven/" + opgaveId + "/besluiten", "{\"uitkomst\": ").expect(400);
        Api.Answer unknown = decide(OPDRACHTGEVER, opgaveId, "initiatief", "MISSCHIEN", "twijfel").expect(400);
        assertThat(unknown.text("veld")).isEqualTo("uitkomst");
        Api.Answer wrongType = api.put(PROJECTBUREAU, "/v1/opgaven/" + opgaveId + "/werkwijze",
                map("werkwijze", "WATERVAL")).expect(400);
        assertThat(wrongType.text("veld")).isEqualTo("werkwijze");
        Api.Answer missing = api.post(PROJECTBUREAU, "/v1/opgaven", map("omschrijving", "zonder titel")).expect(400);
        assertThat(missing.body().path("fouten").toString()).contains("titel").contains("thema");
        Api.Answer unknownField = api.post(PROJECTBUREAU, "/v1/opgaven",
                map("titel", "x", "thema", "y", "actor", "iemand-anders")).expect(400);
        assertThat(unknownField.text("veld")).isEqualTo("actor");
    }

    @Test
    void anInvalidModelIs400NamingTheElementAndDeploysNothing() {
        int before = api.get(PROCESEIGENAAR, "/v1/procesmodellen").expect(200).body().path("procesmodellen").size();
        String timerModel = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
                  <bpmn:process id="met_onbekend_element" isExecutable="true">
                    <bpmn:startEvent id="start_event_a" />
                    <bpmn:sequenceFlow id="f1" sourceRef="start_event_a" targetRef="manual_task_onbekend" />
                    <bpmn:manualTask id="manual_task_onbekend" />
                    <bpmn:sequenceFlow id="f2" sourceRef="manual_task_onbekend" targetRef="end_event_a" />
                    <bpmn:endEvent id="end_event_a" />
                  </bpmn:process>
                </bpmn:definitions>
                """;
        Api.Answer refused = api.postMultipart(PROCESEIGENAAR, "/v1/procesmodellen", "bestand", "onbekend.bpmn",
                timerModel.getBytes(StandardCharsets.UTF_8)).expect(400);
        assertThat(refused.body().path("fouten").toString()).contains("manual_task_onbekend");
        Api.Answer notXml = api.postMultipart(PROCESEIGENAAR, "/v1/procesmodellen", "bestand", "kapot.bpmn",
                "dit is geen xml".getBytes(StandardCharsets.UTF_8)).expect(400);
        assertThat(notXml.text("code")).isEqualTo("INVALID_MODEL");
        assertThat(api.get(PROCESEIGENAAR, "/v1/procesmodellen").body().path("procesmodellen").size()).isEqualTo(before);
    }

    @Test
    void onlyAProcessOwnerDeploysModels() {
        api.postMultipart(PROJECTBUREAU, "/v1/procesmodellen", "bestand", "x.bpmn", "<x/>".getBytes(StandardCharsets.UTF_8))
                .expect(403);
    }

    @Test
    void withoutSignInEverythingIs401() {
        api.get(null, "/v1/opgaven").expect(401);
    }

    @Test
    void everyAnswerNamesTheApiVersion() {
        Api.Answer answer = api.get(CONTROLLER, "/v1/opgaven").expect(200);
        assertThat(answer.raw().headers().firstValue("API-Version")).hasValue("1.0.0");
        assertThat(api.get(null, "/v1/openapi.json").expect(200).body().path("openapi").asText()).startsWith("3.");
    }
}
