package nl.opgaveengine.app.werkwijzen;

import static nl.opgaveengine.app.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Improvisatie: sprints to close, and a conversion into another werkwijze with the old history kept. */
class ImprovisatieEndToEndTest extends WerkwijzenTestBase {

    @Test
    void sprintsToClose() {
        String id = lopend("Noodopvang na storm (improvisatie)", "IMPROVISATIE");
        gate(id, "sprintdoel", "sprintdoel", PROJECTLEIDER, "GO");
        api.awaitEvents(id, hasEvent("GateDecidedEvent"));
        api.post(PROJECTLEIDER, "/v1/opgaven/" + id + "/sprints/_afronden", map("reden", "Doel gehaald")).expect(200);
        gate(id, "sprintreview", "sprintresultaat", OPDRACHTGEVER, "NOG_EEN_SPRINT");
        gate(id, "sprintdoel", "sprintdoel", PROJECTLEIDER, "GO");
        api.post(PROJECTLEIDER, "/v1/opgaven/" + id + "/sprints/_afronden", map("reden", "Opvang geregeld")).expect(200);
        gate(id, "sprintreview", "sprintresultaat", OPDRACHTGEVER, "AFRONDEN");
        JsonNode afgerond = api.awaitOpgave(id, status("AFGEROND"));
        assertThat(afgerond.path("fase").path("herhaling").asInt()).as("second sprint").isEqualTo(1);
    }

    @Test
    void omzettenLeavesTheOpgaveWaitingForASwitch() {
        String id = lopend("Buurtpreventie (improvisatie → project)", "IMPROVISATIE");
        gate(id, "sprintdoel", "sprintdoel", PROJECTLEIDER, "GO");
        api.post(PROJECTLEIDER, "/v1/opgaven/" + id + "/sprints/_afronden", map("reden", "Doel gehaald")).expect(200);
        gate(id, "sprintreview", "sprintresultaat", OPDRACHTGEVER, "OMZETTEN");
        api.awaitOpgave(id, status("OMGEZET"));
        api.put(PROJECTBUREAU, "/v1/opgaven/" + id + "/werkwijze", map("werkwijze", "PROJECT",
                "reden", "De aanpak is nu voorspelbaar")).expect(200);
        JsonNode project = api.awaitOpgave(id, gateOpen("initiatief"));
        assertThat(project.path("status").asText()).isEqualTo("LOPEND");
    }

    @Test
    void switchingWerkwijzeMidLifeCancelsTheOldModelAndKeepsItsHistory() {
        String id = lopend("Wijkaanpak Zuid (improvisatie → programma)", "IMPROVISATIE");
        api.awaitOpgave(id, gateOpen("sprintdoel"));
        assertThat(api.put(PROJECTBUREAU, "/v1/opgaven/" + id + "/werkwijze", map("werkwijze", "PROGRAMMA"))
                .expect(422).text("code")).isEqualTo("REASON_REQUIRED");
        api.put(PROJECTBUREAU, "/v1/opgaven/" + id + "/werkwijze", map("werkwijze", "PROGRAMMA",
                "reden", "De opgave vraagt om meerjarige sturing")).expect(200);
        JsonNode detail = api.awaitOpgave(id, gateOpen("verkenning"));
        assertThat(detail.path("werkwijze").path("gekozen").asText()).isEqualTo("PROGRAMMA");
        assertThat(detail.path("procesmodel").path("bpmnProcessId").asText()).isEqualTo("programma");
        // the second model's link comes after the switch, from the bridge: wait for it rather than count too early
        JsonNode events = api.awaitEvents(id, e -> count(e, "ProcessLinkedEvent") == 2);
        assertThat(count(events, "WerkwijzeSwitchedEvent")).isEqualTo(1);
        assertThat(events.toString()).contains("sprintdoel");
        assertThat(api.put(PROJECTBUREAU, "/v1/opgaven/" + id + "/werkwijze", map("werkwijze", "PROGRAMMA",
                "reden", "nogmaals")).expect(409).text("code")).isEqualTo("WERKWIJZE_ALREADY_CHOSEN");
    }
}
