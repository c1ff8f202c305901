package nl.opgaveengine.query.web;

import nl.opgaveengine.api.opgave.Werkwijze;
import nl.opgaveengine.query.OpgaveHistory;
import nl.opgaveengine.query.QuerySideTest;
import nl.opgaveengine.query.opgave.OpgaveDetailRepository;
import nl.opgaveengine.query.portfolio.PortfolioFilter;
import nl.opgaveengine.query.portfolio.PortfolioRepository;
import nl.opgaveengine.query.audit.GebeurtenissenRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static nl.opgaveengine.query.OpgaveHistory.newOpgaveId;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The three query endpoints, fed by events published to the event store and projected by the running processors. */
@QuerySideTest
class OpgavenApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EventStore eventStore;

    @Autowired
    OpgaveDetailRepository details;

    @Autowired
    PortfolioRepository portfolio;

    @Autowired
    GebeurtenissenRepository gebeurtenissen;

    String thema;
    OpgaveHistory project;
    List<OpgaveHistory> all = new ArrayList<>();

    @BeforeEach
    void publishThreeOpgaven() {
        thema = "thema-" + UUID.randomUUID();
        project = OpgaveHistory.projectAtSecondGate(newOpgaveId(), thema, "Noord");
        all.add(project);
        all.add(OpgaveHistory.of(newOpgaveId()).registered("Programma energie", thema, "Zuid").intakeRecorded()
                .werkwijzeChosen(Werkwijze.PROGRAMMA));
        all.add(OpgaveHistory.of(newOpgaveId()).registered("Nieuw signaal", thema, "Zuid"));
        all.forEach(history -> eventStore.publish(history.messages()));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                portfolio.find(new PortfolioFilter(thema, null, null, null), 1, 20).totaalAantal() == 3
                        && details.find(project.opgaveId()).map(d -> d.openGate() != null
                        && "gate_definitie".equals(d.openGate().gateId())).orElse(false)
                        && all.stream().allMatch(h -> gebeurtenissen.findByOpgave(h.opgaveId()).size() == h.messages().size()));
    }

    @Test
    void listsThePortfolioWithPagingAndTheApiVersionHeader() throws Exception {
        mvc.perform(get("/v1/opgaven").param("thema", thema).param("paginaGrootte", "2"))
                .andExpect(status().isOk())
                .andExpect(header().string("API-Version", "1.0.0"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.opgaven", hasSize(2)))
                .andExpect(jsonPath("$.pagina.nummer").value(1))
                .andExpect(jsonPath("$.pagina.grootte").value(2))
                .andExpect(jsonPath("$.pagina.totaalAantal").value(3))
                .andExpect(jsonPath("$.pagina.totaalPaginas").value(2));

        mvc.perform(get("/v1/opgaven").param("thema", thema).param("werkwijze", "project"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.opgaven", hasSize(1)))
                .andExpect(jsonPath("$.opgaven[0].id").value(project.opgaveId()))
                .andExpect(jsonPath("$.opgaven[0].titel").value("Klimaatadaptatie Noord"))
                .andExpect(jsonPath("$.opgaven[0].status").value("LOPEND"))
                .andExpect(jsonPath("$.opgaven[0].fase.naam").value("Definitie"))
                .andExpect(jsonPath("$.opgaven[0].openGate.naam").value("Go/no-go definitie"))
                .andExpect(jsonPath("$.opgaven[0].openGate.beslisser").value("BESTUURLIJK_OPDRACHTGEVER"))
                .andExpect(jsonPath("$.opgaven[0].sturingsdriehoek.bestuurlijkOpdrachtgever").value("wethouder Jansen"))
                .andExpect(jsonPath("$.opgaven[0].sturingsdriehoek.sturingsprofessional").value("klaas"))
                .andExpect(jsonPath("$.opgaven[0].geregistreerdOp").value("2025-03-03T10:00:00Z"));

        mvc.perform(get("/v1/opgaven").param("thema", thema).param("gebied", "Zuid").param("status", "GEREGISTREERD"))
                .andExpect(jsonPath("$.opgaven", hasSize(1)))
                .andExpect(jsonPath("$.opgaven[0].titel").value("Nieuw signaal"));
    }

    @Test
    void refusesAnInvalidFilterOrPageWithAProblemNamingTheParameter() throws Exception {
        for (String[] invalid : List.of(new String[]{"status", "BEZIG"}, new String[]{"werkwijze", "AGILE"},
                new String[]{"pagina", "0"}, new String[]{"pagina", "een"}, new String[]{"paginaGrootte", "101"},
                new String[]{"paginaGrootte", "0"})) {
            mvc.perform(get("/v1/opgaven").param(invalid[0], invalid[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(header().string("API-Version", "1.0.0"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(400))
                    .andExpect(jsonPath("$.title").value("Ongeldige parameter"))
                    .andExpect(jsonPath("$.detail", notNullValue()))
                    .andExpect(jsonPath("$.parameter").value(invalid[0]))
                    .andExpect(jsonPath("$.invalidParams[0].name").value(invalid[0]));
        }
    }

    @Test
    void showsTheDetailOfOneOpgave() throws Exception {
        mvc.perform(get("/v1/opgaven/{id}", project.opgaveId()))
                .andExpect(status().isOk())
                .andExpect(header().string("API-Version", "1.0.0"))
                .andExpect(jsonPath("$.id").value(project.opgaveId()))
                .andExpect(jsonPath("$.status").value("LOPEND"))
                .andExpect(jsonPath("$.werkwijze.gekozen").value("PROJECT"))
                .andExpect(jsonPath("$.werkwijze.afwijkendVanAdvies").value(true))
                .andExpect(jsonPath("$.intake.advies.complexiteit").value("COMPLEX"))
                .andExpect(jsonPath("$.procesmodel.bpmnProcessId").value("opgave_project"))
                .andExpect(jsonPath("$.fase.id").value("fase_definitie"))
                .andExpect(jsonPath("$.openGate.uitkomsten", hasSize(3)))
                .andExpect(jsonPath("$.rollen.huidig", hasSize(3)))
                .andExpect(jsonPath("$.rollen.historie", hasSize(4)))
                .andExpect(jsonPath("$.documenten", hasSize(2)))
                .andExpect(jsonPath("$.besluiten[5].soort").value("GATE_BESLOTEN"))
                .andExpect(jsonPath("$.besluiten[5].document.hash").value("sha256:bbb"))
                .andExpect(jsonPath("$.geregistreerdOp").value("2025-03-03T10:00:00Z"));
    }

    @Test
    void answersAnUnknownOpgaveWithAProblemNamingTheId() throws Exception {
        for (String path : List.of("/v1/opgaven/{id}", "/v1/opgaven/{id}/gebeurtenissen")) {
            mvc.perform(get(path, "opg-bestaat-niet"))
                    .andExpect(status().isNotFound())
                    .andExpect(header().string("API-Version", "1.0.0"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.title").value("Opgave niet gevonden"))
                    .andExpect(jsonPath("$.opgaveId").value("opg-bestaat-niet"));
        }
    }

    @Test
    void listsTheEventsOfOneOpgaveWithWhoRoleWhenWhyAndPayload() throws Exception {
        mvc.perform(get("/v1/opgaven/{id}/gebeurtenissen", project.opgaveId()))
                .andExpect(status().isOk())
                .andExpect(header().string("API-Version", "1.0.0"))
                .andExpect(jsonPath("$.opgaveId").value(project.opgaveId()))
                .andExpect(jsonPath("$.gebeurtenissen", hasSize(project.messages().size())))
                .andExpect(jsonPath("$.gebeurtenissen[0].type").value("OpgaveRegisteredEvent"))
                .andExpect(jsonPath("$.gebeurtenissen[0].volgnummer").value(0))
                .andExpect(jsonPath("$.gebeurtenissen[0].globalePositie", notNullValue()))
                .andExpect(jsonPath("$.gebeurtenissen[0].actor").value("anna"))
                .andExpect(jsonPath("$.gebeurtenissen[0].rol").value("PROJECTBUREAU"))
                .andExpect(jsonPath("$.gebeurtenissen[0].reden").value("Signaal uit de wijk"))
                .andExpect(jsonPath("$.gebeurtenissen[0].tijdstip").value("2025-03-03T10:00:00Z"))
                .andExpect(jsonPath("$.gebeurtenissen[0].payload.titel").value("Klimaatadaptatie Noord"))
                .andExpect(jsonPath("$.gebeurtenissen[0].payload.attribution.at").value("2025-03-03T10:00:00Z"));
    }
}
