package nl.opgaveengine.app.werkwijzen;

import static nl.opgaveengine.app.Api.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A programme from intake to afgerond through REST: two PDCA cycles, steered by its DIN. */
class ProgrammaEndToEndTest extends WerkwijzenTestBase {

    @Test
    void runsTwoPdcaCyclesAndWindsDown() {
        String id = lopend("Klimaatadaptief Oost (programma)", "PROGRAMMA");
        gate(id, "verkenning", "programmavoorstel", WETHOUDER, "GO");
        gate(id, "opbouw", "programmaplan", WETHOUDER, "GO");

        gate(id, "jaarplan", "jaarplan", OPDRACHTGEVER, "GO");
        gate(id, "cyclusevaluatie", "cyclusevaluatie", OPDRACHTGEVER, "DOORGAAN");
        JsonNode tweedeCyclus = api.awaitOpgave(id, gateOpen("jaarplan"));
        assertThat(tweedeCyclus.path("fase").path("id").asText()).isEqualTo("uitvoering");
        assertThat(tweedeCyclus.path("fase").path("herhaling").asInt()).isEqualTo(1);
        gate(id, "jaarplan", "jaarplan", OPDRACHTGEVER, "GO");
        gate(id, "cyclusevaluatie", "cyclusevaluatie", OPDRACHTGEVER, "AFBOUWEN");
        gate(id, "afbouw", "eindevaluatie", WETHOUDER, "GO");

        JsonNode afgerond = api.awaitOpgave(id, status("AFGEROND"));
        assertThat(afgerond.path("procesmodel").path("bpmnProcessId").asText()).isEqualTo("programma");
        JsonNode events = api.awaitEvents(id, hasEvent("OpgaveClosedEvent"));
        assertThat(count(events, "FaseStartedEvent")).as("verkenning, opbouw, 2× uitvoering, afbouw").isEqualTo(5);
    }

    @Test
    void steersOnItsDinWithProgressRolledUpToTheGoals() {
        String id = lopend("Hittebestendig West (programma)", "PROGRAMMA");
        String din = "/v1/opgaven/" + id + "/din";
        String doel = api.post(PROJECTLEIDER, din + "/doelen", map("naam", "Minder hittestress",
                "reden", "Programmaplan")).expect(201).text("doelId");
        String subdoel = api.post(PROJECTLEIDER, din + "/doelen", map("naam", "Meer schaduw op pleinen",
                "bovenliggendDoelId", doel, "reden", "Programmaplan")).expect(201).text("doelId");
        String bomen = api.post(PROJECTLEIDER, din + "/inspanningen", map("naam", "Bomen planten",
                "doelIds", List.of(subdoel), "reden", "Jaarplan")).expect(201).text("inspanningId");
        String daken = api.post(PROJECTLEIDER, din + "/inspanningen", map("naam", "Groene daken stimuleren",
                "doelIds", List.of(doel, subdoel), "reden", "Jaarplan")).expect(201).text("inspanningId");
        api.put(PROJECTLEIDER, din + "/inspanningen/" + bomen + "/voortgang", map("voortgang", 80)).expect(200);
        api.put(PROJECTLEIDER, din + "/inspanningen/" + daken + "/voortgang", map("voortgang", 40)).expect(200);

        JsonNode refused = api.post(PROJECTLEIDER, din + "/inspanningen", map("naam", "Zonder doel",
                "doelIds", List.of(), "reden", "x")).expect(422).body();
        assertThat(refused.path("code").asText()).isEqualTo("DIN_INSPANNING_ZONDER_DOEL");
        assertThat(api.post(PROJECTLEIDER, din + "/inspanningen/" + bomen + "/doelen/_ontkoppelen",
                map("doelId", subdoel, "reden", "x")).expect(422).text("regel")).contains("minstens één doel");
        assertThat(api.put(PROJECTLEIDER, din + "/doelen/" + doel + "/bovenliggend-doel",
                map("bovenliggendDoelId", subdoel, "reden", "x")).expect(409).text("code")).isEqualTo("DIN_CYCLE");

        // the programme's sturingsdriehoek changes its DIN, and the change records the role they act in
        JsonNode geenRol = api.post(PROJECTBUREAU, din + "/doelen", map("naam", "Koele fietsroutes", "reden", "x"))
                .expect(403).body();
        assertThat(geenRol.path("code").asText()).isEqualTo("NO_MANDATE");
        assertThat(geenRol.path("vereisteRol").asText()).contains("STURINGSPROFESSIONAL", "BESTUURLIJK_OPDRACHTGEVER");
        String koel = api.post(WETHOUDER, din + "/doelen", map("naam", "Koele fietsroutes", "reden", "Collegeakkoord"))
                .expect(201).text("doelId");
        api.post(WETHOUDER, din + "/doelen/" + koel + "/_verwijderen", map("reden", "Valt onder het subdoel schaduw"))
                .expect(200);
        JsonNode dinEvents = api.awaitEvents(id, hasEvent("DoelRemovedEvent"));
        boolean inRol = false;
        for (JsonNode e : dinEvents) {
            if ("DoelRemovedEvent".equals(e.path("type").asText())) {
                assertThat(e.path("actor").asText()).isEqualTo(WETHOUDER);
                assertThat(e.path("rol").asText()).isEqualTo("BESTUURLIJK_OPDRACHTGEVER");
                inRol = true;
            }
        }
        assertThat(inRol).isTrue();

        JsonNode[] view = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            view[0] = api.get(CONTROLLER, din).expect(200).body();
            JsonNode top = view[0].path("doelen").path(0);
            // the DIN view follows its own processor: wait until it has the removal of the wethouder's goal too
            return view[0].path("doelen").size() == 1
                    && top.path("subdoelen").path(0).path("voortgang").asDouble() == 60.0
                    && top.path("voortgang").asDouble() == 50.0;
        });
        assertThat(view[0].path("inspanningen")).hasSize(2);
        assertThat(view[0].path("doelenZonderInspanningen")).isEmpty();
    }
}
