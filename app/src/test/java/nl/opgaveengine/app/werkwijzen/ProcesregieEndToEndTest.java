package nl.opgaveengine.app.werkwijzen;

import static nl.opgaveengine.app.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** A procesregie from intake to two sub-projects through REST: steps in any order, then the vervolgaanpak. */
class ProcesregieEndToEndTest extends WerkwijzenTestBase {

    @Test
    @DisabledIfSystemProperty(named = "opgave.process-engine.mode", matches = "gateway",
            disabledReason = "procesregie steps need ad-hoc activation, which the Camunda-client bridge does not offer yet (501)")
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

    @Test
    @EnabledIfSystemProperty(named = "opgave.process-engine.mode", matches = "gateway")
    void theGatewayModeRefusesStepsItCannotActivateYet() {
        String id = lopend("Procesregie via de gateway", "PROCESREGIE");
        assertThat(api.post(PROJECTLEIDER, "/v1/opgaven/" + id + "/processtappen", map("stap", "DIVERGEREN",
                "omschrijving", "x")).expect(501).text("code")).isEqualTo("NOT_SUPPORTED_IN_MODE");
    }

    @Test
    @DisabledIfSystemProperty(named = "opgave.process-engine.mode", matches = "gateway",
            disabledReason = "procesregie steps need ad-hoc activation, which the Camunda-client bridge does not offer yet (501)")
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
