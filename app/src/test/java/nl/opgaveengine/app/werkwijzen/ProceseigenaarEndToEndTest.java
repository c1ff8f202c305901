package nl.opgaveengine.app.werkwijzen;

import static nl.opgaveengine.app.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A process owner adds a phase to the programme model: new programmes follow it, running ones keep their version. */
class ProceseigenaarEndToEndTest extends WerkwijzenTestBase {

    @Test
    void aNewProgrammeFollowsTheAddedPhaseWhileARunningOneStaysOnItsVersion() throws IOException {
        String lopend = lopend("Lopend programma", "PROGRAMMA");
        JsonNode oud = api.awaitOpgave(lopend, gateOpen("verkenning"));
        int oudeVersie = oud.path("procesmodel").path("versie").asInt();

        String origineel = bundled();
        try {
            JsonNode deployed = api.postMultipart(PROCESEIGENAAR, "/v1/procesmodellen", "bestand", "programma.bpmn",
                    metAgendering(origineel).getBytes(StandardCharsets.UTF_8)).expect(201).body();
            assertThat(deployed.toString()).contains("programma");

            String nieuw = lopend("Nieuw programma", "PROGRAMMA");
            JsonNode events = api.awaitEvents(nieuw, ev -> ev.toString().contains("\"agendering\"")
                    || ev.toString().contains("Agendering"));
            assertThat(count(events, "FaseStartedEvent")).isGreaterThanOrEqualTo(1);
            JsonNode detail = api.awaitOpgave(nieuw, gateOpen("verkenning"));
            assertThat(detail.path("procesmodel").path("versie").asInt()).isGreaterThan(oudeVersie);

            // the running programme goes on on its own version, without the new phase
            gate(lopend, "verkenning", "programmavoorstel", WETHOUDER, "GO");
            JsonNode verder = api.awaitOpgave(lopend, gateOpen("opbouw"));
            assertThat(verder.path("procesmodel").path("versie").asInt()).isEqualTo(oudeVersie);
            assertThat(api.awaitEvents(lopend, hasEvent("GateOpenedEvent")).toString()).doesNotContain("agendering");
        } finally {
            // the other tests in this context start programmes on the bundled model again
            api.postMultipart(PROCESEIGENAAR, "/v1/procesmodellen", "bestand", "programma.bpmn",
                    origineel.getBytes(StandardCharsets.UTF_8)).expect(201);
        }
    }

    @Test
    void aProcessOwnerMovesARunningProgrammeToTheNewVersionWithAReason() throws IOException {
        String lopend = lopend("Programma dat meegaat", "PROGRAMMA");
        int oudeVersie = api.awaitOpgave(lopend, gateOpen("verkenning")).path("procesmodel").path("versie").asInt();
        String pad = "/v1/opgaven/" + lopend + "/procesmodel/_migreren";
        String origineel = bundled();
        try {
            int nieuweVersie = api.postMultipart(PROCESEIGENAAR, "/v1/procesmodellen", "bestand", "programma.bpmn",
                    metAgendering(origineel).getBytes(StandardCharsets.UTF_8)).expect(201).body()
                    .findValue("versie").asInt();
            assertThat(nieuweVersie).isGreaterThan(oudeVersie);
            api.post(PROJECTBUREAU, pad, map("versie", nieuweVersie, "mapping", map(), "reden", "x")).expect(403);
            assertThat(api.post(PROCESEIGENAAR, pad, map("versie", nieuweVersie, "mapping", map()))
                    .expect(400).text("veld")).isEqualTo("reden");
            assertThat(api.post(PROCESEIGENAAR, pad, map("versie", 999, "mapping", map(), "reden", "x"))
                    .expect(400).text("veld")).isEqualTo("versie");
            JsonNode misplaatst = api.post(PROCESEIGENAAR, pad, map("versie", nieuweVersie,
                    "mapping", map("message_catch_event_besluit_verkenning", "bestaat_niet"), "reden", "x"))
                    .expect(400).body();
            assertThat(misplaatst.path("code").asText()).isEqualTo("INVALID_ARGUMENT");
            assertThat(misplaatst.path("detail").asText()).as("the refusal names the element").contains("bestaat_niet");
            assertThat(api.awaitOpgave(lopend, gateOpen("verkenning")).path("procesmodel").path("versie").asInt())
                    .as("a refused migration changes nothing").isEqualTo(oudeVersie);

            api.post(PROCESEIGENAAR, pad, map("versie", nieuweVersie, "mapping", map(),
                    "reden", "Agendering geldt ook voor lopende programma's")).expect(200);
            JsonNode gemigreerd = api.awaitOpgave(lopend,
                    d -> d.path("procesmodel").path("versie").asInt() == nieuweVersie);
            assertThat(gemigreerd.path("besluiten").toString()).contains("PROCES_GEMIGREERD",
                    "Agendering geldt ook voor lopende programma's");

            // the instance goes on where it was, now on the new version
            gate(lopend, "verkenning", "programmavoorstel", WETHOUDER, "GO");
            api.awaitOpgave(lopend, gateOpen("opbouw"));
        } finally {
            api.postMultipart(PROCESEIGENAAR, "/v1/procesmodellen", "bestand", "programma.bpmn",
                    origineel.getBytes(StandardCharsets.UTF_8)).expect(201);
        }
    }

    private static String bundled() throws IOException {
        try (InputStream in = ProceseigenaarEndToEndTest.class.getResourceAsStream("/bpmn/programma.bpmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The model with a phase "agendering" before verkenning, as a process owner would add it in the Modeler. */
    private static String metAgendering(String xml) {
        String task = """
                    <bpmn:serviceTask id="service_task_fase_agendering" name="Fase Agendering starten">
                      <bpmn:extensionElements>
                        <zeebe:taskDefinition type="fase-starten" retries="3" />
                        <zeebe:taskHeaders>
                          <zeebe:header key="fase" value="agendering" />
                          <zeebe:header key="faseNaam" value="Agendering" />
                        </zeebe:taskHeaders>
                      </bpmn:extensionElements>
                      <bpmn:incoming>sequence_flow_naar_fase_verkenning</bpmn:incoming>
                      <bpmn:outgoing>sequence_flow_agendering_naar_verkenning</bpmn:outgoing>
                    </bpmn:serviceTask>
                    <bpmn:sequenceFlow id="sequence_flow_agendering_naar_verkenning" sourceRef="service_task_fase_agendering" targetRef="service_task_fase_verkenning" />
                """;
        String changed = xml
                .replace("<bpmn:sequenceFlow id=\"sequence_flow_naar_fase_verkenning\" sourceRef=\"parallel_gateway_start\" targetRef=\"service_task_fase_verkenning\" />",
                        "<bpmn:sequenceFlow id=\"sequence_flow_naar_fase_verkenning\" sourceRef=\"parallel_gateway_start\" targetRef=\"service_task_fase_agendering\" />\n" + task)
                .replace("      <bpmn:incoming>sequence_flow_naar_fase_verkenning</bpmn:incoming>\n      <bpmn:incoming>sequence_flow_verkenning_overdoen</bpmn:incoming>",
                        "      <bpmn:incoming>sequence_flow_agendering_naar_verkenning</bpmn:incoming>\n      <bpmn:incoming>sequence_flow_verkenning_overdoen</bpmn:incoming>");
        assertThat(changed).contains("targetRef=\"service_task_fase_agendering\"")
                .contains("<bpmn:incoming>sequence_flow_agendering_naar_verkenning</bpmn:incoming>");
        return changed;
    }
}
