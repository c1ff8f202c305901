package nl.opgaveengine.app.views;

import static nl.opgaveengine.app.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.opgaveengine.app.Api;
import nl.opgaveengine.app.AppTestBase;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The views for steering and accountability through the whole application: REST commands → event store → engine → projections → REST
 * views, and a rebuild of every projection that must give the same rows as live. Same context as the other
 * end-to-end tests.
 */
class ViewsEndToEndTest extends AppTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aProjectWithARedoABaatHandedOverAndALateReportIsAccountedForAndReplaysIdentically() {
        String thema = "views-" + UUID.randomUUID().toString().substring(0, 8);
        String opgaveId = lopendProjectInThema("Klimaatadaptief Oost", thema);
        String programma = api.post("projectbureau", "/v1/opgaven", map("titel", "Programma water", "thema", thema,
                "gebied", "Oost")).expect(201).text("opgaveId");

        // gate initiatief: a redo, then GO
        attachNieuweVersie(opgaveId, "startdocument");
        api.post("opdrachtgever", "/v1/opgaven/" + opgaveId + "/besluiten", map("gate", "initiatief",
                "uitkomst", "OVERDOEN", "onderbouwing", "Startdocument mist de kosten")).expect(201);
        api.awaitOpgave(opgaveId, d -> "initiatief".equals(d.path("openGate").path("gateId").asText())
                && d.path("fase").path("herhaling").asInt() == 1);
        attachNieuweVersie(opgaveId, "startdocument");
        api.post("opdrachtgever", "/v1/opgaven/" + opgaveId + "/besluiten", map("gate", "initiatief",
                "uitkomst", "GO", "onderbouwing", "Kosten nu helder")).expect(201);
        api.awaitOpgave(opgaveId, d -> "definitie".equals(d.path("openGate").path("gateId").asText()));

        // a baat of the programme that depends on the project, measured and handed over to the line
        String baatId = api.post("projectbureau", "/v1/opgaven/" + programma + "/baten", map("titel",
                "Minder wateroverlast", "doel", "Klimaatbestendige stad", "indicator", "meldingen per jaar",
                "eenheid", "meldingen", "nulmeting", 120, "streefwaarde", 60, "streefdatum", "2027-12-31",
                "eigenaar", "opdrachtgever", "inspanningen", List.of(opgaveId))).expect(201).text("baatId");
        api.post("opdrachtgever", "/v1/baten/" + baatId + "/metingen", map("soort", "GEREALISEERD",
                "peildatum", "2026-06-30", "waarde", 95, "toelichting", "Meting voorjaar")).expect(201);
        api.post("projectleider", "/v1/baten/" + baatId + "/metingen", map("soort", "GEREALISEERD",
                "peildatum", "2026-06-30", "waarde", 1)).expect(403);
        api.post("projectbureau", "/v1/baten/" + baatId + "/overdrachten", map("ontvanger", "wethouder",
                "ontvangerSoort", "LIJNORGANISATIE", "organisatie", "Stadsbeheer", "reden", "Naar de lijn")).expect(201);
        api.post("opdrachtgever", "/v1/baten/" + baatId + "/overdrachten/_accepteren", map()).expect(403);
        api.post("wethouder", "/v1/baten/" + baatId + "/overdrachten/_accepteren", map("reden", "Geborgd")).expect(200);
        api.post("wethouder", "/v1/baten/onbekend/metingen", map("soort", "VERWACHT", "peildatum", "2026-06-30",
                "waarde", 1)).expect(404);

        // a P&C moment whose deadline passed yesterday: the project reports late
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String naam = "Bestuursrapportage " + thema;
        String momentId = api.post("projectbureau", "/v1/pc-momenten", map("jaar", today.getYear(), "naam", naam,
                "soort", "BESTUURSRAPPORTAGE", "peildatum", today.minusDays(2).toString(),
                "deadline", today.minusDays(1).toString())).expect(201).text("momentId");
        api.post("projectbureau", "/v1/pc-momenten", map("jaar", today.getYear(), "naam", naam,
                "soort", "BESTUURSRAPPORTAGE", "peildatum", today.toString(), "deadline", today.toString())).expect(409);
        api.post("projectbureau", "/v1/pc-momenten/" + momentId + "/rapportages", map("opgaveId", opgaveId,
                "begroot", 100000, "besteed", 45000, "prognose", 105000, "status", "ORANJE",
                "toelichting", "Kosten hoger door grondwerk")).expect(201);
        api.post("projectbureau", "/v1/pc-momenten/" + momentId + "/rapportages", map("opgaveId", "onbekend",
                "begroot", 1, "besteed", 1, "prognose", 1, "status", "GROEN", "toelichting", "x")).expect(404);
        api.post("projectbureau", "/v1/pc-momenten/bestaat-niet/rapportages", map("opgaveId", opgaveId,
                "begroot", 1, "besteed", 1, "prognose", 1, "status", "GROEN", "toelichting", "x")).expect(404);

        JsonNode verantwoording = awaitView(() -> api.get("controller", "/v1/opgaven/" + opgaveId + "/verantwoording"),
                v -> v.path("afwijkingen").size() == 3);
        assertThat(verantwoording.path("afwijkingen").toString())
                .contains("OVERDOEN", "FASE_HERHAALD", "RAPPORTAGE_NA_DEADLINE", "Startdocument mist de kosten");
        assertThat(verantwoording.path("besluiten").toString()).contains("Kosten nu helder", "startdocument");
        assertThat(verantwoording.path("mandaten")).hasSize(3);

        JsonNode baat = awaitView(() -> api.get("controller", "/v1/baten/" + baatId),
                b -> "OVERGEDRAGEN".equals(b.path("status").asText()));
        assertThat(baat.path("eigenaar").asText()).isEqualTo("wethouder");
        assertThat(baat.path("laatstGerealiseerd").path("waarde").asInt()).isEqualTo(95);

        JsonNode rapport = awaitView(() -> api.get("controller", "/v1/pc-momenten/" + momentId + "/rapportages?thema=" + thema),
                r -> r.path("rapportages").size() == 1 && r.toString().contains("NA_DEADLINE_INGEDIEND"));
        // the programme was registered after the reference date, so it owes no report for this moment
        assertThat(rapport.path("rapportages").get(0).path("opgaveId").asText()).isEqualTo(opgaveId);
        Api.Answer csv = api.request("controller", "GET", "/v1/pc-momenten/" + momentId + "/rapportages?thema=" + thema,
                null, null, "Accept", "text/csv").expect(200);
        assertThat(csv.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.raw().body().split("\r\n")).hasSize(2);

        JsonNode portfolio = awaitView(() -> api.get("controller", "/v1/opgaven?thema=" + thema),
                p -> p.toString().contains("45000") && p.toString().contains("DRAAGT_BIJ_AAN"));
        assertThat(portfolio.path("opgaven")).hasSize(2);

        JsonNode export = api.get("controller", "/v1/opgaven/" + opgaveId + "/auditexport").expect(200).body();
        assertThat(export.path("procesmodellen")).hasSize(1);
        assertThat(export.path("procesmodellen").get(0).path("bpmnXml").asText()).contains("bpmn");
        assertThat(export.path("documenten")).hasSize(2);
        assertThat(export.path("gebeurtenissen").toString()).contains("VoortgangsrapportageSubmittedEvent");
        api.get("controller", "/v1/opgaven/" + opgaveId + "/toestand?peilmoment=2001-01-01").expect(404);
        api.get("controller", "/v1/opgaven/" + opgaveId + "/toestand?peilmoment=morgen").expect(400);

        // rebuild every projection: the same rows as live
        List<String> ids = List.of(opgaveId, programma, baatId, momentId);
        Map<String, List<String>> live = dump(ids);
        api.post("controller", "/v1/beheer/projecties/_herbouwen", map()).expect(403);
        JsonNode gestart = api.post("beheerder", "/v1/beheer/projecties/_herbouwen", map()).expect(202).body();
        // one pass over the event store's table feeds every projection (ADR 0008)
        assertThat(gestart.path("projecties").findValues("methode")).hasSize(13)
                .allSatisfy(methode -> assertThat(methode.asText()).isEqualTo("BULK"));
        // the answer leaves out null fields: wait until every projection's rebuild names the moment it was done
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            List<JsonNode> herbouw = api.get("beheerder", "/v1/beheer/projecties").expect(200).body().path("projecties")
                    .findValues("herbouw");
            return herbouw.size() == 13 && herbouw.stream().allMatch(h -> h.hasNonNull("klaarOp"));
        });
        JsonNode klaar = api.get("beheerder", "/v1/beheer/projecties").expect(200).body();
        assertThat(klaar.path("projecties").findValues("gedaan")).allSatisfy(gedaan ->
                assertThat(gedaan.asLong()).isEqualTo(klaar.path("projecties").get(0).path("herbouw").path("totaal").asLong()));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> dump(ids).equals(live));
        assertThat(dump(ids)).isEqualTo(live);
    }

    private String lopendProjectInThema(String titel, String thema) {
        gebied("Oost");
        String opgaveId = api.post("projectbureau", "/v1/opgaven", map("titel", titel, "omschrijving",
                "Wateroverlast beperken", "thema", thema, "gebied", "Oost", "initiatiefnemer", "wethouder"))
                .expect(201).text("opgaveId");
        api.put("projectbureau", "/v1/opgaven/" + opgaveId + "/intake", map("idee", "BEKEND", "netwerk", "VOORSPELBAAR",
                "besluitvorming", "GERICHT", "voorspelbaarheidPad", 4, "tastbaarheidUitkomst", 4, "tijdsdruk", false))
                .expect(200);
        for (String[] rol : new String[][]{{"BESTUURLIJK_OPDRACHTGEVER", "wethouder"},
                {"AMBTELIJK_OPDRACHTGEVER", "opdrachtgever"}, {"STURINGSPROFESSIONAL", "projectleider"}}) {
            api.post("projectbureau", "/v1/opgaven/" + opgaveId + "/rollen", map("rol", rol[0], "persoon", rol[1],
                    "reden", "Benoemd door het college")).expect(201);
        }
        api.put("projectbureau", "/v1/opgaven/" + opgaveId + "/werkwijze", map("werkwijze", "PROJECT")).expect(200);
        api.awaitOpgave(opgaveId, d -> "initiatief".equals(d.path("openGate").path("gateId").asText()));
        return opgaveId;
    }

    private void attachNieuweVersie(String opgaveId, String naam) {
        api.post("projectleider", "/v1/opgaven/" + opgaveId + "/documenten", map("naam", naam, "versie",
                UUID.randomUUID().toString().substring(0, 4), "contentHash", "a".repeat(63) + "b",
                "referentie", "dms://" + naam)).expect(201);
    }

    private static JsonNode awaitView(java.util.function.Supplier<Api.Answer> call, Predicate<JsonNode> condition) {
        JsonNode[] last = new JsonNode[1];
        try {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
                Api.Answer answer = call.get();
                last[0] = answer.body();
                return answer.status() == 200 && condition.test(answer.body());
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("View never reached the expected state; last answer: " + last[0], e);
        }
        return last[0];
    }

    /** Rows of every query-side table that mention one of the ids (arrival counter left out), sorted. */
    private Map<String, List<String>> dump(List<String> ids) {
        Map<String, List<String>> dump = new TreeMap<>();
        for (String table : jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and lower(table_name) like 'qs_%'""", String.class)) {
            List<String> rows = new ArrayList<>();
            for (Map<String, Object> row : jdbc.queryForList("select * from " + table)) {
                Map<String, Object> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                sorted.putAll(row);
                sorted.remove("volgorde");
                String text = sorted.toString();
                if (ids.stream().anyMatch(text::contains)) {
                    rows.add(text);
                }
            }
            rows.sort(null);
            dump.put(table.toLowerCase(), rows);
        }
        return dump;
    }
}
