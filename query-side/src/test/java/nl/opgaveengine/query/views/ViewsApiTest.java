package nl.opgaveengine.query.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.opgaveengine.query.QuerySideTest;
import nl.opgaveengine.query.beheer.ProjectieHerbouwer;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The steering and accountability views through their REST endpoints, fed by events in the event store and the running processors. */
@QuerySideTest
class ViewsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RequestPostProcessor BEHEERDER = request -> {
        request.addUserRole("BEHEERDER");
        request.setRemoteUser("beheerder");
        return request;
    };

    @Autowired
    MockMvc mvc;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProjectieHerbouwer herbouwer;

    ViewsScenario s;

    @BeforeEach
    void publish() {
        s = new ViewsScenario();
        eventStore.publish(s.all());
        int expectedEvents = s.project.messages().size() + s.programma.messages().size() + 5 + 2;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(counts()).isEqualTo(List.of(1, 5, 1, 1, 1, expectedEvents, 1, 1, 2, 2, 2)));
    }

    private List<Integer> counts() {
        Integer baten = jdbc.queryForObject("select count(*) from qs_bt_baat where baat_id = ? and status = 'OVERGEDRAGEN'",
                Integer.class, s.baatId);
        Integer afwijkingen = jdbc.queryForObject("select count(*) from qs_vw_afwijking where opgave_id = ?", Integer.class,
                s.project.opgaveId());
        Integer rapportages = jdbc.queryForObject("select count(*) from qs_pc_rapportage where opgave_id = ? and versie = 2",
                Integer.class, s.project.opgaveId());
        Integer portfolio = jdbc.queryForObject("select count(*) from qs_portfolio_rapportage where opgave_id = ? and versie = 2",
                Integer.class, s.project.opgaveId());
        Integer koppeling = jdbc.queryForObject("select count(*) from qs_portfolio_koppeling where baat_id = ?",
                Integer.class, s.baatId);
        Integer gebeurtenissen = jdbc.queryForObject("select count(*) from qs_gebeurtenis where opgave_id in (?, ?)",
                Integer.class, s.project.opgaveId(), s.programma.opgaveId());
        Integer modellen = jdbc.queryForObject("select count(*) from qs_procesmodel_versie where process_definition_key = ?",
                Integer.class, s.definitionKey);
        Integer closed = jdbc.queryForObject("select count(*) from qs_pc_opgave where opgave_id = ? and status = 'AFGEROND'",
                Integer.class, s.project.opgaveId());
        Integer portfolioRegels = jdbc.queryForObject("select count(*) from qs_portfolio where thema = ? and gebied is not null",
                Integer.class, s.thema);
        Integer besluitOpgaven = jdbc.queryForObject("select count(*) from qs_vw_opgave where opgave_id in (?, ?)",
                Integer.class, s.project.opgaveId(), s.programma.opgaveId());
        Integer batenOpgaven = jdbc.queryForObject("select count(*) from qs_bt_opgave where opgave_id in (?, ?)",
                Integer.class, s.project.opgaveId(), s.programma.opgaveId());
        return List.of(baten, afwijkingen, rapportages, portfolio, koppeling, gebeurtenissen, modellen, closed,
                portfolioRegels, besluitOpgaven, batenOpgaven);
    }

    @Test
    void verantwoordingShowsDecisionsDeviationsWithJustificationAndMandates() throws Exception {
        mvc.perform(get("/v1/opgaven/{id}/verantwoording", s.project.opgaveId()))
                .andExpect(status().isOk())
                .andExpect(header().string("API-Version", "1.0.0"))
                .andExpect(jsonPath("$.besluiten[?(@.soort == 'GATE_BESLOTEN' && @.uitkomst == 'GO')].document.versie")
                        .value("2"))
                .andExpect(jsonPath("$.besluiten[?(@.uitkomst == 'OVERDOEN')].afwijking").value("OVERDOEN"))
                .andExpect(jsonPath("$.afwijkingen", hasSize(5)))
                .andExpect(jsonPath("$.afwijkingen[?(@.soort == 'AFWIJKEND_VAN_ADVIES')].verantwoording")
                        .value("Bestuurlijke deadline vraagt een project"))
                .andExpect(jsonPath("$.afwijkingen[?(@.soort == 'FASE_HERHAALD')].verantwoording")
                        .value("Startdocument is akkoord"))
                .andExpect(jsonPath("$.afwijkingen[?(@.soort == 'RAPPORTAGE_NA_DEADLINE')]", hasSize(2)))
                .andExpect(jsonPath("$.mandaten", hasSize(4)))
                .andExpect(jsonPath("$.mandaten[?(@.persoon == 'piet')].beeindigdReden").value("Vertrekt naar andere opgave"))
                .andExpect(jsonPath("$.opmerking", containsString("na zijn uiterste datum")));

        mvc.perform(get("/v1/opgaven/{id}/verantwoording", s.project.opgaveId())
                        .param("persoon", "wethouder Jansen").param("rol", "bestuurlijk_opdrachtgever"))
                .andExpect(jsonPath("$.besluiten", hasSize(3)))
                .andExpect(jsonPath("$.mandaten", hasSize(1)));

        mvc.perform(get("/v1/besluiten").param("opgaveId", s.project.opgaveId()).param("afwijkend", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.besluiten", hasSize(2)))
                .andExpect(jsonPath("$.pagina.totaalAantal").value(2));
        mvc.perform(get("/v1/mandaten").param("persoon", "klaas"))
                .andExpect(jsonPath("$.mandaten[?(@.opgaveId == '" + s.project.opgaveId() + "')].rol")
                        .value("STURINGSPROFESSIONAL"));
    }

    @Test
    void batenregisterShowsOwnerMeasuresAndAcceptedHandoverAfterTheOpgaveCloses() throws Exception {
        mvc.perform(get("/v1/baten/{id}", s.baatId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eigenaar").value("lijnmanager-lisa"))
                .andExpect(jsonPath("$.status").value("OVERGEDRAGEN"))
                .andExpect(jsonPath("$.laatstGerealiseerd.waarde").value(95))
                .andExpect(jsonPath("$.laatstVerwacht.waarde").value(90))
                .andExpect(jsonPath("$.metingen", hasSize(2)))
                .andExpect(jsonPath("$.overdrachten[0].geaccepteerdDoor").value("lijnmanager-lisa"))
                .andExpect(jsonPath("$.overdrachten[0].organisatie").value("Stadsbeheer"))
                .andExpect(jsonPath("$.inspanningen[0]").value(s.project.opgaveId()));
        mvc.perform(get("/v1/opgaven/{id}/baten", s.programma.opgaveId()))
                .andExpect(jsonPath("$.doelen[0].doel").value("Klimaatbestendige stad"))
                .andExpect(jsonPath("$.doelen[0].baten[0].baatId").value(s.baatId));
        mvc.perform(get("/v1/baten").param("eigenaar", "lijnmanager-lisa").param("paginaGrootte", "100"))
                .andExpect(jsonPath("$.baten[?(@.baatId == '" + s.baatId + "')]", hasSize(1)));
    }

    @Test
    void portfolioShowsBudgetOverdueReportsLinksAndGroups() throws Exception {
        mvc.perform(get("/v1/opgaven").param("thema", s.thema))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.opgaven", hasSize(2)))
                .andExpect(jsonPath("$.opgaven[?(@.id == '" + s.project.opgaveId() + "')].budget.besteed").value(45000.0))
                .andExpect(jsonPath("$.opgaven[?(@.id == '" + s.project.opgaveId() + "')].koppelingen[0].soort")
                        .value("DRAAGT_BIJ_AAN"))
                .andExpect(jsonPath("$.opgaven[?(@.id == '" + s.programma.opgaveId() + "')].koppelingen[0].opgaveId")
                        .value(s.project.opgaveId()))
                .andExpect(jsonPath("$.opgaven[?(@.id == '" + s.programma.opgaveId() + "')].achterstalligeRapportages")
                        .isNotEmpty());
        JsonNode opgaven = json(mvc.perform(get("/v1/opgaven").param("thema", s.thema)).andReturn().getResponse()
                .getContentAsString()).path("opgaven");
        int project = 0;
        int programma = 0;
        for (JsonNode opgave : opgaven) {
            if (opgave.path("id").asText().equals(s.project.opgaveId())) {
                project = opgave.path("achterstalligeRapportages").asInt();
            } else {
                programma = opgave.path("achterstalligeRapportages").asInt();
            }
        }
        // other tests plan moments on the same dates; this scenario's own past moment is missing only for the programme
        assertThat(programma).isEqualTo(project + 1);
        mvc.perform(get("/v1/portfolio/groepen").param("groeperenOp", "gebied").param("thema", s.thema))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groepen", hasSize(2)))
                .andExpect(jsonPath("$.groepen[?(@.waarde == 'Noord')].perStatus.AFGEROND").value(1));
    }

    @Test
    void pcReportListsSubmittedMissingAndLateReportsAsJsonAndCsv() throws Exception {
        mvc.perform(get("/v1/pc-momenten/{id}/rapportages", s.verlopenMoment).param("thema", s.thema))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.moment.deadline").value("2025-03-10"))
                .andExpect(jsonPath("$.rapportages", hasSize(2)))
                .andExpect(jsonPath("$.rapportages[1].rapportage").value("ONTBREEKT"));
        mvc.perform(get("/v1/pc-momenten/{id}/rapportages", s.verlopenMoment).param("thema", s.thema)
                        .param("rapportage", "na_deadline_ingediend"))
                .andExpect(jsonPath("$.rapportages", hasSize(1)))
                .andExpect(jsonPath("$.rapportages[0].rapportage").value("NA_DEADLINE_INGEDIEND"))
                .andExpect(jsonPath("$.rapportages[0].versie").value(2))
                .andExpect(jsonPath("$.rapportages[0].besteedPercentage").value(45.0))
                .andExpect(jsonPath("$.rapportages[0].prognoseAfwijking").value(5000.0));
        // the project closed long before 2099 and need not report; the programme's report is still to come
        mvc.perform(get("/v1/pc-momenten/{id}/rapportages", s.toekomstMoment).param("thema", s.thema))
                .andExpect(jsonPath("$.rapportages", hasSize(1)))
                .andExpect(jsonPath("$.rapportages[?(@.opgaveId == '" + s.programma.opgaveId() + "')].rapportage")
                        .value("VERWACHT"));
        String csv = mvc.perform(get("/v1/pc-momenten/{id}/rapportages", s.verlopenMoment).param("thema", s.thema)
                        .accept("text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).startsWith("momentId,opgaveId,titel").contains("NA_DEADLINE_INGEDIEND,2,100000.00,45000.00");
    }

    @Test
    void auditFiltersAsOfStateAndAuditorExport() throws Exception {
        mvc.perform(get("/v1/gebeurtenissen").param("opgaveId", s.programma.opgaveId()).param("type", "BaatMetingRecordedEvent"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.gebeurtenissen", hasSize(2)))
                .andExpect(jsonPath("$.gebeurtenissen[0].aggregaatType").value("Baat"));
        mvc.perform(get("/v1/opgaven/{id}/gebeurtenissen", s.project.opgaveId()).param("actor", "wethouder Jansen")
                        .param("van", "2025-03-03").param("tot", "2025-03-05T00:00:00Z"))
                .andExpect(jsonPath("$.gebeurtenissen[*].actor", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is("wethouder Jansen"))));

        // at T0 + 9h the first gate waited for its decision and piet was still sturingsprofessional
        JsonNode toen = json(mvc.perform(get("/v1/opgaven/{id}/toestand", s.project.opgaveId())
                .param("peilmoment", ViewsScenario.T0.plusSeconds(9 * 3600).toString())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(toen.path("status").asText()).isEqualTo("LOPEND");
        assertThat(toen.path("openGate").path("gateId").asText()).isEqualTo("gate_initiatief");
        assertThat(toen.path("rollen").toString()).contains("piet").doesNotContain("klaas");
        assertThat(toen.path("documenten")).hasSize(2);
        JsonNode nu = json(mvc.perform(get("/v1/opgaven/{id}/toestand", s.project.opgaveId()))
                .andReturn().getResponse().getContentAsString());
        assertThat(nu.path("status").asText()).isEqualTo("AFGEROND");
        assertThat(nu.path("rollen").toString()).contains("klaas");

        mvc.perform(get("/v1/opgaven/{id}/toestand", s.project.opgaveId()).param("peilmoment", "2020-01-01T00:00:00Z"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Opgave bestond nog niet"))
                .andExpect(jsonPath("$.bestaatSinds").value("2025-03-03T10:00:00Z"));

        JsonNode export = json(mvc.perform(get("/v1/opgaven/{id}/auditexport", s.project.opgaveId()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("auditexport-")))
                .andReturn().getResponse().getContentAsString());
        assertThat(export.path("formaat").asText()).isEqualTo("opgave-engine/auditexport/1");
        assertThat(export.path("gebeurtenissen")).hasSize(s.project.messages().size() + 2);
        assertThat(export.path("documenten")).hasSize(2);
        assertThat(export.path("documenten").get(1).path("contentHash").asText()).isEqualTo("sha256:bbb");
        assertThat(export.path("procesKoppelingen").get(0).path("bpmnProcessId").asText()).isEqualTo("opgave_project");
        assertThat(export.path("integriteit").path("gebeurtenissenHash").asText()).hasSize(64);
        String csv = mvc.perform(get("/v1/opgaven/{id}/auditexport", s.project.opgaveId()).accept("text/csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(s.project.messages().size() + 3);
    }

    @Test
    void badInputIsA400NamingTheParameterAndUnknownIdsAre404() throws Exception {
        for (String[] bad : List.of(
                new String[]{"/v1/gebeurtenissen", "van", "gisteren"},
                new String[]{"/v1/gebeurtenissen", "tot", "2025-13-01"},
                new String[]{"/v1/gebeurtenissen", "pagina", "0"},
                new String[]{"/v1/besluiten", "soort", "STEMMING"},
                new String[]{"/v1/besluiten", "afwijkend", "misschien"},
                new String[]{"/v1/baten", "status", "WEG"},
                new String[]{"/v1/portfolio/groepen", "groeperenOp", "kleur"},
                new String[]{"/v1/pc-momenten", "jaar", "twintig"},
                new String[]{"/v1/opgaven/" + s.project.opgaveId() + "/toestand", "peilmoment", "2025-03-03T10:00"},
                new String[]{"/v1/pc-momenten/" + s.verlopenMoment + "/rapportages", "rapportage", "BEZIG"})) {
            mvc.perform(get(bad[0]).param(bad[1], bad[2]))
                    .andExpect(status().isBadRequest())
                    .andExpect(header().string("API-Version", "1.0.0"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.parameter").value(bad[1]));
        }
        mvc.perform(get("/v1/gebeurtenissen").param("van", "2025-03-05").param("tot", "2025-03-04"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("tot"));
        for (String path : List.of("/v1/opgaven/onbekend/verantwoording", "/v1/opgaven/onbekend/baten",
                "/v1/opgaven/onbekend/toestand", "/v1/opgaven/onbekend/auditexport", "/v1/baten/onbekend",
                "/v1/pc-momenten/onbekend/rapportages")) {
            mvc.perform(get(path))
                    .andExpect(status().isNotFound())
                    .andExpect(header().string("API-Version", "1.0.0"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void rebuildingEveryProjectionGivesTheSameRowsAsLiveAndReportsProgress() throws Exception {
        mvc.perform(post("/v1/beheer/projecties/_herbouwen")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.vereisteRol").value("BEHEERDER"));
        mvc.perform(post("/v1/beheer/projecties/_herbouwen").with(BEHEERDER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"projecties\":[\"bestaat-niet\"]}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("projecties"));

        Map<String, List<String>> live = ViewTables.dump(jdbc, s.ids());
        assertThat(live.values().stream().mapToInt(List::size).sum()).isGreaterThan(40);
        java.util.SortedSet<String> indexen = ViewTables.indexen(jdbc);
        assertThat(indexen).anyMatch(index -> index.startsWith("qs_gebeurtenis: qs_gebeurtenis_actor "));

        mvc.perform(post("/v1/beheer/projecties/_herbouwen").with(BEHEERDER))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.projecties", hasSize(13)))
                .andExpect(jsonPath("$.projecties[0].herbouw.totaal").isNumber())
                .andExpect(jsonPath("$.projecties[*].herbouw.methode", everyItem(is("BULK"))));
        await().atMost(Duration.ofSeconds(60)).until(herbouwer::klaar);
        await().atMost(Duration.ofSeconds(30)).until(() -> ViewTables.dump(jdbc, s.ids()).equals(live));
        assertThat(ViewTables.dump(jdbc, s.ids())).isEqualTo(live);
        assertThat(ViewTables.indexen(jdbc)).as("indexes set aside for the rebuild are back").isEqualTo(indexen);

        mvc.perform(get("/v1/beheer/projecties").with(BEHEERDER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.projecties[0].herbouw.percentage").value(100.0))
                .andExpect(jsonPath("$.projecties[0].herbouw.klaarOp").isNotEmpty())
                .andExpect(jsonPath("$.projecties[0].herbouw.gedaan").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.projecties[0].kop").isNumber());
        mvc.perform(get("/v1/beheer/projecties/{p}", "bestaat-niet").with(BEHEERDER)).andExpect(status().isNotFound());
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
