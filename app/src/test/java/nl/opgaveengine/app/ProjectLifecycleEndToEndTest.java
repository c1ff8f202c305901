package nl.opgaveengine.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One project from registration through four gates to closed: REST → event store → engine → projections. */
class ProjectLifecycleEndToEndTest extends AppTestBase {

    private static final String[][] GATES = {
            {"initiatief", "startdocument", OPDRACHTGEVER, "AMBTELIJK_OPDRACHTGEVER"},
            {"definitie", "projectplan", WETHOUDER, "BESTUURLIJK_OPDRACHTGEVER"},
            {"uitvoering", "uitvoeringsplan", OPDRACHTGEVER, "AMBTELIJK_OPDRACHTGEVER"},
            {"nazorg", "overdrachts-en-evaluatierapport", OPDRACHTGEVER, "AMBTELIJK_OPDRACHTGEVER"}};

    @Test
    void aProjectPassesFourGatesAndCloses() {
        String opgaveId = lopendProject("Klimaatadaptief Oost");
        for (String[] gate : GATES) {
            JsonNode detail = api.awaitOpgave(opgaveId, gateOpen(gate[0]));
            assertThat(detail.path("openGate").path("vereistDocument").asText()).isEqualTo(gate[1]);
            assertThat(detail.path("openGate").path("beslisser").asText()).isEqualTo(gate[3]);
            assertThat(detail.path("fase").path("id").asText()).isEqualTo(gate[0]);
            attach(opgaveId, gate[1]);
            decide(gate[2], opgaveId, gate[0], "GO", "Het " + gate[1] + " is akkoord").expect(201);
        }
        JsonNode closed = api.awaitOpgave(opgaveId, status("AFGEROND"));
        assertThat(closed.path("openGate").isMissingNode() || closed.path("openGate").isNull()).isTrue();
        assertThat(closed.path("procesmodel").path("bpmnProcessId").asText()).isEqualTo("project");

        JsonNode events = api.awaitEvents(opgaveId, e -> e.toString().contains("OpgaveClosedEvent"));
        List<JsonNode> decisions = new ArrayList<>();
        events.forEach(e -> {
            assertThat(e.path("actor").asText()).as("who, on %s", e).isNotBlank();
            assertThat(e.path("rol").asText()).as("role, on %s", e).isNotBlank();
            assertThat(e.path("tijdstip").asText()).as("when, on %s", e).endsWith("Z");
            if ("GateDecidedEvent".equals(e.path("type").asText())) {
                decisions.add(e);
            }
        });
        assertThat(decisions).hasSize(4);
        for (int i = 0; i < GATES.length; i++) {
            JsonNode decision = decisions.get(i);
            assertThat(decision.path("actor").asText()).isEqualTo(GATES[i][2]);
            assertThat(decision.path("rol").asText()).isEqualTo(GATES[i][3]);
            assertThat(decision.path("reden").asText()).isEqualTo("Het " + GATES[i][1] + " is akkoord");
            assertThat(decision.path("payload").path("documentNaam").asText()).isEqualTo(GATES[i][1]);
        }
        assertThat(events.get(events.size() - 1).path("type").asText()).isEqualTo("OpgaveClosedEvent");
    }

    @Test
    void aNoGoStopsTheProject() {
        String opgaveId = lopendProject("Fietsbrug Noord");
        attach(opgaveId, "startdocument");
        decide(OPDRACHTGEVER, opgaveId, "initiatief", "NO_GO", "Geen draagvlak in de wijk").expect(201);
        JsonNode stopped = api.awaitOpgave(opgaveId, status("GESTOPT"));
        assertThat(stopped.path("besluiten").toString()).contains("NO_GO").contains("Geen draagvlak in de wijk");
    }

    @Test
    void redoingAPhaseLoopsBackToItsStart() {
        String opgaveId = lopendProject("Groen schoolplein");
        attach(opgaveId, "startdocument");
        decide(OPDRACHTGEVER, opgaveId, "initiatief", "OVERDOEN", "Startdocument mist de kosten").expect(201);
        JsonNode again = api.awaitOpgave(opgaveId,
                d -> gateOpen("initiatief").test(d) && d.path("fase").path("herhaling").asInt() == 1);
        assertThat(again.path("status").asText()).isEqualTo("LOPEND");
        attach(opgaveId, "startdocument");
        decide(OPDRACHTGEVER, opgaveId, "initiatief", "GO", "Kosten nu helder").expect(201);
        api.awaitOpgave(opgaveId, gateOpen("definitie"));
    }
}
