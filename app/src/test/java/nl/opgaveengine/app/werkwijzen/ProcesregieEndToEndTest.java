package nl.opgaveengine.app.werkwijzen;

import static nl.opgaveengine.app.Api.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import nl.opgaveengine.bpmn.ProcesregieProcess;
import nl.opgaveengine.command.proces.CamundaClientProcessBridge;
import nl.opgaveengine.command.proces.EmbeddedProcessBridge;
import nl.opgaveengine.command.proces.ProcessBridge;
import nl.opgaveengine.engine.ElementHistoryEntry;
import nl.opgaveengine.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Autowired;

/** A procesregie from intake to two sub-projects through REST: steps in any order, then the vervolgaanpak. */
class ProcesregieEndToEndTest extends WerkwijzenTestBase {

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProcessBridge bridge;

    @Test
    void endsInTwoSubProjects() {
        String id = lopend("Energietransitie Noord (procesregie)", "PROCESREGIE");
        api.awaitOpgave(id, fase("wyberen"));
        stap(id, 1, "DIVERGEREN", "Rondetafel met corporaties en bewoners", "VERBINDEND");
        stap(id, 2, "CONVERGEREN", "Twee kansrijke routes gekozen", "ONTWERPEND");
        stap(id, 3, "DIVERGEREN", "Netbeheerder erbij gehaald", "VERBINDEND");
        assertThat(api.post(WETHOUDER, "/v1/opgaven/" + id + "/processtappen", map("stap", "CONSOLIDEREN",
                "omschrijving", "x")).expect(403).text("vereisteRol")).isEqualTo("STURINGSPROFESSIONAL");
        api.post(PROJECTLEIDER, "/v1/opgaven/" + id + "/processtappen/_aanpak-kiezen",
                map("reden", "Alle partijen steunen twee projecten")).expect(200);

        api.awaitOpgave(id, gateOpen("vervolgaanpak"));
        attach(id, "procesvoorstel");
        JsonNode besluit = api.post(WETHOUDER, "/v1/opgaven/" + id + "/besluiten", map("gate", "vervolgaanpak",
                "uitkomst", "PROJECT", "onderbouwing", "Twee projecten, zoals voorgesteld", "subopgaven", List.of(
                        map("titel", "Warmtenet Noord"), map("titel", "Isolatie corporatiewoningen", "thema", "wonen"))))
                .expect(201).body();
        List<String> subs = new ArrayList<>();
        besluit.path("subopgaven").forEach(s -> subs.add(s.path("subopgaveId").asText()));
        assertThat(subs).hasSize(2);

        api.awaitOpgave(id, status("AFGEROND"));
        for (String sub : subs) {
            JsonNode detail = api.awaitOpgave(sub, d -> "PROJECT".equals(d.path("werkwijze").path("gekozen").asText())
                    && "project".equals(d.path("procesmodel").path("bpmnProcessId").asText()));
            assertThat(detail.path("status").asText()).isEqualTo("LOPEND");
            // the sub-project starts with its parent's sturingsdriehoek, so its first gate has someone to decide it
            assertThat(detail.path("rollen").path("huidig").toString())
                    .contains("\"persoon\":\"" + PROJECTLEIDER + "\"", "\"persoon\":\"" + WETHOUDER + "\"")
                    .contains("Rol overgenomen van de moederopgave " + id);
            JsonNode events = api.awaitEvents(sub, hasEvent("SubopgaveLinkedEvent"));
            assertThat(events.toString()).contains(id);
        }
        JsonNode events = api.awaitEvents(id, hasEvent("VervolgaanpakChosenEvent"));
        assertThat(count(events, "ProcesstapTakenEvent")).as("three steps and the closing one").isEqualTo(4);
    }

    /**
     * A step activates its task once in the ad-hoc sub-process of the opgave's instance: in-process on the engine, in
     * the gateway execution through the Camunda client (element instance search and ad-hoc activation over REST v2).
     */
    @Test
    void aStepRunsItsTaskOnceInTheAdHocSubProcess() {
        String id = lopend("Procesregie, stap voor stap", "PROCESREGIE");
        long instance = api.awaitOpgave(id, fase("wyberen")).path("procesmodel").path("processInstanceKey").asLong();
        assertThat(instance).isPositive();
        stap(id, 1, "CONVERGEREN", "Een route gekozen", "ONTWERPEND");
        // the engine's history is a view of its own: await it rather than assume it caught up with the opgave's
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<ElementHistoryEntry> history = engine.history(instance);
            assertThat(history.stream().filter(e -> e.elementId().equals(ProcesregieProcess.AD_HOC_SUB_PROCESS_WYBEREN))
                    .map(ElementHistoryEntry::elementInstanceKey).distinct().count()).isEqualTo(1);
            assertThat(history.stream().filter(e -> e.elementId().equals(ProcesregieProcess.stapTask("convergeren"))
                    && e.state().equals("ACTIVATED")).count()).as(history.toString()).isEqualTo(1);
            assertThat(history).noneMatch(e -> e.elementId().equals(ProcesregieProcess.stapTask("divergeren")));
        });
        assertThat(bridge).as("the bridge of the mode the suite runs in").isInstanceOf(
                "gateway".equals(System.getProperty("opgave.process-engine.mode"))
                        ? CamundaClientProcessBridge.class : EmbeddedProcessBridge.class);
    }

    @Test
    void refusesAStepOnAnOpgaveThatIsNoProcesregie() {
        String id = lopend("Geen procesregie", "ROUTINE");
        assertThat(api.post(PROJECTLEIDER, "/v1/opgaven/" + id + "/processtappen", map("stap", "DIVERGEREN",
                "omschrijving", "x")).expect(409).text("code")).isEqualTo("WRONG_WERKWIJZE");
    }

    /** Reports step number {@code n} and waits until the model has run it. */
    private void stap(String id, int n, String stap, String omschrijving, String veld) {
        api.post(PROJECTLEIDER, "/v1/opgaven/" + id + "/processtappen", map("stap", stap,
                "omschrijving", omschrijving, "uitkomst", "Verslag in het dossier",
                "spelers", List.of("woningcorporatie", "bewonersraad"), "veld", veld)).expect(201);
        // the model runs the step next (and writes to the opgave): wait for it. The count is the test's own: the
        // events view may lag the 201, so a count read from it could already be behind by the time it is compared
        JsonNode events = api.awaitEvents(id, e -> count(e, "ProcesstapExecutedEvent") >= n);
        assertThat(count(events, "ProcesstapTakenEvent")).isEqualTo(n);
    }
}
