package nl.opgaveengine.app.sturing;

import static nl.opgaveengine.app.Api.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import nl.opgaveengine.app.Api;
import nl.opgaveengine.app.AppTestBase;
import org.junit.jupiter.api.Test;

/**
 * Portfoliosturing through the whole application: a strategic agenda and two prioritisation rounds decided by the
 * college (the rank in the portfolio list, the decisions in the global audit trail), lessons offered in the answer to
 * the intake of a similar opgave, an initiative from society that becomes an opgave, areas from the list only, and
 * the area view of the gebiedsmanager with its players — with the refusals each step has.
 */
class PortfoliosturingEndToEndTest extends AppTestBase {

    private static final String COLLEGE = "college";
    private static final String GEBIEDSMANAGER = "gebiedsmanager";
    private static final String INITIATIEFNEMER = "initiatiefnemer";

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theCollegeDecidesTwoRoundsAndThePortfolioShowsRankLinksAndBothDecisions() {
        gebied("Centrum");
        gebied("Noord");
        gebied("Zuid");
        // an opgave names an area on the list, or none: an unknown area is refused and nothing is stored
        Api.Answer onbekend = api.post(PROJECTBUREAU, "/v1/opgaven", map("titel", "Nergens", "thema", "klimaat-" + tag,
                "gebied", "Atlantis-" + tag)).expect(422);
        assertThat(onbekend.text("code")).isEqualTo("GEBIED_NOT_ON_LIST");
        assertThat(onbekend.text("veld")).isEqualTo("gebied");
        assertThat(onbekend.text("regel")).contains("lijst van gebieden");
        assertThat(api.post(PROJECTBUREAU, "/v1/opgaven", map("titel", "Nergens", "thema", "klimaat-" + tag,
                "gebied", "Centrum", "initiatiefnemer", "wethouder", "initiatiefnemerGebied", "Atlantis-" + tag))
                .expect(422).text("veld")).isEqualTo("initiatiefnemerGebied");
        String a = registreer("Hittebestendig centrum", "klimaat-" + tag, "centrum");
        String b = registreer("Jongerenwerk Noord", "jeugd-" + tag, "Noord");

        // the strategic agenda: only the college or the project office maintains it
        api.post(PROJECTLEIDER, "/v1/agendapunten", map("soort", "BBV_PROGRAMMA", "naam", "x")).expect(403);
        String programma = api.post(COLLEGE, "/v1/agendapunten", map("soort", "BBV_PROGRAMMA",
                "naam", "Programma 3 Klimaat " + tag, "reden", "Programmabegroting")).expect(201).text("agendapuntId");
        api.post(COLLEGE, "/v1/agendapunten", map("soort", "BBV_PROGRAMMA", "naam", "Programma 3 klimaat " + tag))
                .expect(409);
        api.post(PROJECTBUREAU, "/v1/agendapunten", map("soort", "ONBEKEND", "naam", "x")).expect(400)
                .body().path("veld").asText().equals("soort");
        for (String opgave : List.of(a, b)) {
            api.post(PROJECTBUREAU, "/v1/opgaven/" + opgave + "/agendapunten", map("agendapuntId", programma,
                    "reden", "Draagt bij aan programma 3")).expect(201);
        }
        assertThat(api.post(PROJECTBUREAU, "/v1/opgaven/" + a + "/agendapunten", map("agendapuntId", "onbekend"))
                .expect(404).text("code")).isEqualTo("AGENDAPUNT_NOT_FOUND");
        // a third opgave linked and unlinked again: it leaves the agenda's portfolio
        String c = registreer("Tijdelijke opgave", "tijdelijk-" + tag, "Zuid");
        api.post(PROJECTBUREAU, "/v1/opgaven/" + c + "/agendapunten", map("agendapuntId", programma)).expect(201);
        assertThat(api.post(PROJECTBUREAU, "/v1/opgaven/" + c + "/agendapunten/" + programma + "/_ontkoppelen",
                map()).expect(400).text("veld")).isEqualTo("reden");
        api.post(PROJECTBUREAU, "/v1/opgaven/" + c + "/agendapunten/" + programma + "/_ontkoppelen",
                map("reden", "Hoort bij een ander programma")).expect(200);

        // round 1: the project office scores, the college decides
        List<Object> criteria = List.of(map("code", "urgentie", "naam", "Urgentie", "gewicht", 3, "richting", "HOGER_IS_BETER"),
                map("code", "capaciteit", "naam", "Benodigde capaciteit", "gewicht", 1, "richting", "LAGER_IS_BETER"));
        Api.Answer bad = api.post(PROJECTBUREAU, "/v1/prioriteringsrondes", map("naam", "x", "criteria",
                List.of(map("code", "urgentie", "naam", "U", "gewicht", 11, "richting", "HOGER_IS_BETER")))).expect(400);
        assertThat(bad.text("veld")).isEqualTo("criteria[0].gewicht");
        String r1 = api.post(PROJECTBUREAU, "/v1/prioriteringsrondes", map("naam", "Begroting 2026 " + tag,
                "criteria", criteria)).expect(201).text("rondeId");
        score(r1, a, 5, 2);
        score(r1, b, 2, 4);
        assertThat(api.post(PROJECTBUREAU, "/v1/prioriteringsrondes/" + r1 + "/scores", map("opgaveId", a,
                "scores", map("urgentie", 9, "capaciteit", 1))).expect(400).text("veld")).isEqualTo("scores.urgentie");
        Object keuzes1 = List.of(map("opgaveId", a, "uitkomst", "OPPAKKEN", "reden", "Hitteplan is urgent"),
                map("opgaveId", b, "uitkomst", "NIET_OPPAKKEN", "reden", "Geen capaciteit in 2026"));
        Api.Answer refused = api.post(PROJECTBUREAU, "/v1/prioriteringsrondes/" + r1 + "/besluit",
                map("keuzes", keuzes1, "reden", "Collegebesluit")).expect(403);
        assertThat(refused.body().path("vereisteRollen").toString()).contains("COLLEGE");
        assertThat(api.post(COLLEGE, "/v1/prioriteringsrondes/" + r1 + "/besluit", map("keuzes",
                List.of(map("opgaveId", a, "uitkomst", "OPPAKKEN", "reden", "r")), "reden", "Collegebesluit"))
                .expect(422).text("code")).isEqualTo("KEUZE_MISSING");
        api.post(COLLEGE, "/v1/prioriteringsrondes/" + r1 + "/besluit", map("keuzes", keuzes1,
                "reden", "Collegebesluit 14 april")).expect(201);
        api.post(COLLEGE, "/v1/prioriteringsrondes/" + r1 + "/besluit", map("keuzes", keuzes1,
                "reden", "Nog eens")).expect(409);

        JsonNode na1 = awaitGet(CONTROLLER, "/v1/portfolio/prioriteiten?agendapuntId=" + programma,
                body -> body.path("opgaven").size() == 2 && !body.path("opgaven").get(0).path("huidig").isMissingNode()
                        && body.path("opgaven").get(0).path("huidig").path("rondeId").asText().equals(r1));
        assertThat(ids(na1.path("opgaven"))).containsExactly(a, b);
        assertThat(na1.path("opgaven").get(0).path("agendapunten").get(0).path("naam").asText())
                .isEqualTo("Programma 3 Klimaat " + tag);

        // round 2 turns the choice around; both rounds stay visible
        String r2 = api.post(PROJECTBUREAU, "/v1/prioriteringsrondes", map("naam", "Begroting 2027 " + tag,
                "criteria", criteria)).expect(201).text("rondeId");
        score(r2, a, 1, 5);
        score(r2, b, 5, 1);
        api.post(COLLEGE, "/v1/prioriteringsrondes/" + r2 + "/besluit", map("keuzes", List.of(
                map("opgaveId", a, "uitkomst", "NIET_OPPAKKEN", "reden", "Hitteplan loopt al"),
                map("opgaveId", b, "uitkomst", "OPPAKKEN", "reden", "Nu wel capaciteit")),
                "reden", "Collegebesluit 13 april")).expect(201);
        JsonNode na2 = awaitGet(CONTROLLER, "/v1/opgaven/" + b + "/prioriteit",
                body -> body.path("besluiten").size() == 2);
        assertThat(na2.path("huidig").path("rang").asInt()).isEqualTo(1);
        assertThat(na2.path("huidig").path("keuze").asText()).isEqualTo("OPPAKKEN");
        assertThat(na2.path("besluiten").get(1).path("keuze").asText()).isEqualTo("NIET_OPPAKKEN");
        assertThat(na2.path("besluiten").get(0).path("beslotenDoor").asText()).isEqualTo(COLLEGE);
        assertThat(na2.path("besluiten").get(0).path("rol").asText()).isEqualTo("COLLEGE");
        assertThat(na2.path("besluiten").get(0).path("collegeReden").asText()).isEqualTo("Collegebesluit 13 april");
        JsonNode ronde1 = api.get(CONTROLLER, "/v1/prioriteringsrondes/" + r1).expect(200).body();
        assertThat(ronde1.path("status").asText()).isEqualTo("BESLOTEN");
        assertThat(ronde1.path("besluit").path("rangschikking").get(0).path("opgaveId").asText()).isEqualTo(a);
        api.get(CONTROLLER, "/v1/prioriteringsrondes/onbekend").expect(404);
        api.get(CONTROLLER, "/v1/portfolio/prioriteiten?keuze=MISSCHIEN").expect(400);

        // the portfolio list shows each opgave's current rank and the round it came from; the refused ones are absent
        JsonNode klimaat = awaitGet(CONTROLLER, "/v1/opgaven?thema=klimaat-" + tag, body -> body.path("opgaven").size() == 1
                && r2.equals(body.path("opgaven").get(0).path("prioriteit").path("rondeId").asText()));
        JsonNode prioA = klimaat.path("opgaven").get(0).path("prioriteit");
        assertThat(klimaat.path("opgaven").get(0).path("id").asText()).isEqualTo(a);
        assertThat(prioA.path("rang").asInt()).isEqualTo(2);
        assertThat(prioA.path("keuze").asText()).isEqualTo("NIET_OPPAKKEN");
        assertThat(prioA.path("rondeNaam").asText()).isEqualTo("Begroting 2027 " + tag);
        assertThat(prioA.path("historie").asText()).isEqualTo("/v1/opgaven/" + a + "/prioriteit");
        JsonNode jeugd = awaitGet(CONTROLLER, "/v1/opgaven?thema=jeugd-" + tag, body -> r2.equals(body.path("opgaven")
                .path(0).path("prioriteit").path("rondeId").asText()));
        assertThat(jeugd.path("opgaven").get(0).path("prioriteit").path("rang").asInt()).isEqualTo(1);
        assertThat(jeugd.path("opgaven").get(0).path("prioriteit").path("keuze").asText()).isEqualTo("OPPAKKEN");
        assertThat(awaitGet(CONTROLLER, "/v1/opgaven?thema=tijdelijk-" + tag, body -> body.path("opgaven").size() == 1)
                .path("opgaven").get(0).hasNonNull("prioriteit")).isFalse();
        List<String> opRang = ids(api.get(CONTROLLER, "/v1/opgaven?sorteren=rang&paginaGrootte=100").expect(200).body()
                .path("opgaven"));
        assertThat(opRang).contains(a, b);
        assertThat(opRang.indexOf(b)).isLessThan(opRang.indexOf(a));
        assertThat(api.get(CONTROLLER, "/v1/opgaven?sorteren=titel").expect(400).text("parameter")).isEqualTo("sorteren");

        // the agenda and the rounds, which concern no single opgave, are in the global audit trail
        JsonNode besluiten = awaitGet(CONTROLLER, "/v1/gebeurtenissen?type=PrioriteringDecidedEvent&actor=college"
                + "&paginaGrootte=100", body -> aggregaten(body).contains(r2));
        JsonNode besluit2 = gebeurtenis(besluiten, r2);
        assertThat(besluit2.path("rol").asText()).isEqualTo("COLLEGE");
        assertThat(besluit2.path("reden").asText()).isEqualTo("Collegebesluit 13 april");
        assertThat(besluit2.path("tijdstip").asText()).isNotBlank();
        assertThat(besluit2.path("payload").path("rangschikking").get(0).path("opgaveId").asText()).isEqualTo(b);
        JsonNode geopend = awaitGet(CONTROLLER, "/v1/gebeurtenissen?type=PrioriteringsrondeOpenedEvent&actor="
                + PROJECTBUREAU + "&paginaGrootte=100", body -> aggregaten(body).contains(r1));
        assertThat(gebeurtenis(geopend, r1).path("rol").asText()).isEqualTo("PROJECTBUREAU");
        JsonNode agenda = awaitGet(CONTROLLER, "/v1/gebeurtenissen?type=AgendapuntAddedEvent&actor=college"
                + "&paginaGrootte=100", body -> body.path("gebeurtenissen").toString().contains(programma));
        agenda.path("gebeurtenissen").forEach(g -> {
            if (programma.equals(g.path("payload").path("agendapuntId").asText())) {
                assertThat(g.path("reden").asText()).isEqualTo("Programmabegroting");
                assertThat(g.path("rol").asText()).isEqualTo("COLLEGE");
            }
        });
        // an opgave's own history stays its own: the round's decision is not in it
        assertThat(api.get(CONTROLLER, "/v1/opgaven/" + a + "/gebeurtenissen").expect(200).body().toString())
                .doesNotContain("PrioriteringDecidedEvent").contains("OpgaveScoredEvent");
    }

    @Test
    void lessonsOfASimilarOpgaveAreOfferedAtIntakeAndTheirReadingIsRecorded() {
        String thema = "water-" + tag;
        gebied("Oost-" + tag);
        gebied("West-" + tag);
        String oud = registreer("Wadi's Oost", thema, "Oost-" + tag);
        api.post(PROJECTLEIDER, "/v1/opgaven/" + oud + "/lessen", map("bron", "GATE_REVIEW", "watGebeurde", "x",
                "geleerd", "y", "voorWie", "z")).expect(400);
        api.post(CONTROLLER, "/v1/opgaven/" + oud + "/lessen", map("bron", "EVALUATIERAPPORT", "watGebeurde", "x",
                "geleerd", "y", "voorWie", "z")).expect(403);
        assertThat(api.post(PROJECTLEIDER, "/v1/opgaven/" + oud + "/lessen", map("bron", "EVALUATIERAPPORT",
                "watGebeurde", "x", "voorWie", "z")).expect(400).text("veld")).isEqualTo("geleerd");
        // a gate review names a gate that opened on this opgave: no gate has opened on it yet
        Api.Answer geenGate = api.post(PROJECTLEIDER, "/v1/opgaven/" + oud + "/lessen", map("bron", "GATE_REVIEW",
                "bronReferentie", "definitie", "watGebeurde", "x", "geleerd", "y", "voorWie", "z")).expect(422);
        assertThat(geenGate.text("code")).isEqualTo("LES_BRON_UNKNOWN");
        assertThat(geenGate.text("veld")).isEqualTo("bronReferentie");
        String les = api.post(PROJECTLEIDER, "/v1/opgaven/" + oud + "/lessen", map("bron", "EVALUATIERAPPORT",
                "watGebeurde", "Bewoners hoorden het pas bij de uitvoering",
                "geleerd", "Betrek de buurt in de definitiefase " + tag, "voorWie", "projectleiders en gebiedsmanagers",
                "gotikAspect", "ORGANISATIE")).expect(201).text("lesId");
        awaitGet(CONTROLLER, "/v1/lessen/" + les, body -> "Wadi's Oost".equals(body.path("opgaveTitel").asText()));

        String nieuw = registreer("Wadi's West", thema, "West-" + tag);
        // the answer to the intake offers the lessons of similar opgaven at once
        JsonNode intake = api.put(PROJECTBUREAU, "/v1/opgaven/" + nieuw + "/intake", map("idee", "BEKEND", "netwerk",
                "VOORSPELBAAR", "besluitvorming", "GERICHT", "voorspelbaarheidPad", 4, "tastbaarheidUitkomst", 4,
                "tijdsdruk", false)).expect(200).body();
        assertThat(intake.path("advies").path("werkwijze").asText()).isNotBlank();
        assertThat(intake.path("aangebodenLessen")).hasSize(1);
        JsonNode aanbod = intake.path("aangebodenLessen").get(0);
        assertThat(aanbod.path("lesId").asText()).isEqualTo(les);
        assertThat(aanbod.path("opgaveId").asText()).isEqualTo(oud);
        assertThat(aanbod.path("geleerd").asText()).isEqualTo("Betrek de buurt in de definitiefase " + tag);
        assertThat(aanbod.path("gelijkOp").toString()).contains("thema");
        assertThat(aanbod.path("gelezen").asBoolean()).isFalse();
        assertThat(aanbod.path("href").asText()).isEqualTo("/v1/lessen/" + les);
        assertThat(intake.path("_links").path("aangebodenLessen").path("href").asText())
                .isEqualTo("/v1/opgaven/" + nieuw + "/aangeboden-lessen");
        JsonNode aangeboden = awaitGet(PROJECTBUREAU, "/v1/opgaven/" + nieuw + "/aangeboden-lessen",
                body -> body.path("lessen").size() == 1);
        assertThat(aangeboden.path("lessen").get(0).path("les").path("id").asText()).isEqualTo(les);
        assertThat(aangeboden.path("lessen").get(0).path("gelijkOp").toString()).contains("thema");
        assertThat(aangeboden.path("lessen").get(0).path("gelezen").asBoolean()).isFalse();

        api.post(PROJECTBUREAU, "/v1/opgaven/" + nieuw + "/gelezen-lessen", map("lesId", les)).expect(201);
        assertThat(api.post(PROJECTBUREAU, "/v1/opgaven/" + nieuw + "/gelezen-lessen", map("lesId", "onbekend"))
                .expect(404).text("code")).isEqualTo("LES_NOT_FOUND");
        JsonNode gelezen = awaitGet(PROJECTBUREAU, "/v1/opgaven/" + nieuw + "/aangeboden-lessen",
                body -> body.path("aantalGelezen").asInt() == 1);
        assertThat(gelezen.path("lessen").get(0).path("les").path("gelezen").get(0).path("door").asText())
                .isEqualTo(PROJECTBUREAU);

        JsonNode register = api.get(CONTROLLER, "/v1/lessen?zoekterm=definitiefase%20" + tag + "&gotikAspect=organisatie")
                .expect(200).body();
        assertThat(ids(register.path("lessen"))).containsExactly(les);
        api.get(CONTROLLER, "/v1/lessen?gotikAspect=GELUK").expect(400);
        api.get(CONTROLLER, "/v1/opgaven/onbekend/aangeboden-lessen").expect(404);

        // on a running project the gate "initiatief" has opened: a review of it may record a lesson; a procesregie
        // step never taken on it may not (tagged with their own theme and werkwijze, so no intake above offers them)
        String lopend = lopendProject("Gatereview " + tag);
        api.post(PROJECTLEIDER, "/v1/opgaven/" + lopend + "/lessen", map("bron", "GATE_REVIEW", "bronReferentie",
                "initiatief", "watGebeurde", "Startdocument te dun", "geleerd", "Eerst de vraag scherp", "voorWie",
                "projectleiders", "thema", "gate-" + tag, "werkwijze", "PROGRAMMA")).expect(201);
        assertThat(api.post(PROJECTLEIDER, "/v1/opgaven/" + lopend + "/lessen", map("bron", "PROCESSTAP",
                "bronReferentie", "divergeren", "watGebeurde", "x", "geleerd", "y", "voorWie", "z", "thema",
                "gate-" + tag, "werkwijze", "PROGRAMMA")).expect(422).text("veld")).isEqualTo("bronReferentie");
    }

    @Test
    void anInitiativeWithinTheFramesBecomesAnOpgaveAndShowsInTheAreaView() {
        String wijk = "Wijk-" + tag;
        api.post(INITIATIEFNEMER, "/v1/gebieden", map("code", wijk, "naam", "De Wijk", "soort", "WIJK")).expect(403);
        api.post(BEHEERDER, "/v1/gebieden", map("code", wijk, "naam", "De Wijk", "soort", "WIJK")).expect(201);
        api.post(BEHEERDER, "/v1/gebieden", map("code", wijk, "naam", "De Wijk", "soort", "WIJK")).expect(409);

        api.put(PROJECTBUREAU, "/v1/initiatiefkaders", map("inhoud", List.of("groen"), "actoren", List.of("BEWONER"),
                "reden", "r")).expect(403);
        api.put(COLLEGE, "/v1/initiatiefkaders", map("inhoud", List.of("groen", "ontmoeting"),
                "actoren", List.of("BEWONER", "INSTELLING"), "procedures", List.of("Draagvlak bij de buren"),
                "ondersteuning", List.of("Procesbegeleiding", "Materiaal"), "reden", "Kaders wijkinitiatieven")).expect(200);
        awaitGet(INITIATIEFNEMER, "/v1/initiatiefkaders", body -> body.path("huidig").path("inhoud").size() == 2);

        api.post(CONTROLLER, "/v1/initiatieven", map("titel", "x", "omschrijving", "x", "thema", "groen",
                "initiatiefnemerSoort", "BEWONER")).expect(403);
        Api.Answer buitenDeLijst = api.post(INITIATIEFNEMER, "/v1/initiatieven", map("titel", "Geveltuinen",
                "omschrijving", "x", "thema", "groen", "gebied", "Atlantis-" + tag, "initiatiefnemerSoort", "BEWONER"))
                .expect(422);
        assertThat(buitenDeLijst.text("code")).isEqualTo("GEBIED_NOT_ON_LIST");
        assertThat(buitenDeLijst.text("veld")).isEqualTo("gebied");
        assertThat(api.post(INITIATIEFNEMER, "/v1/initiatieven", map("titel", "Geveltuinen", "omschrijving", "x",
                "thema", "groen", "gebied", wijk, "initiatiefnemerSoort", "BEWONER", "initiatiefnemerGebied",
                "Atlantis-" + tag)).expect(422).text("veld")).isEqualTo("initiatiefnemerGebied");
        String id = api.post(INITIATIEFNEMER, "/v1/initiatieven", map("titel", "Geveltuinen " + tag,
                "omschrijving", "Geveltuinen langs de hele straat", "thema", "groen", "gebied", wijk,
                "initiatiefnemerSoort", "BEWONER", "gevraagdeOndersteuning", "Tegels wippen",
                "initiatiefnemerGebied", wijk)).expect(201).text("initiatiefId");

        // the initiator follows the status; someone else does not see it
        awaitGet(INITIATIEFNEMER, "/v1/initiatieven/" + id, body -> "INGEDIEND".equals(body.path("status").asText()));
        api.get(PROJECTLEIDER, "/v1/initiatieven/" + id).expect(404);
        assertThat(ids(api.get(PROJECTLEIDER, "/v1/initiatieven").expect(200).body().path("initiatieven")))
                .doesNotContain(id);

        List<Object> toetsingen = new ArrayList<>(List.of(map("kader", "INHOUD", "voldoet", true, "toelichting", "Groen"),
                map("kader", "ACTOREN", "voldoet", true), map("kader", "PROCEDURES", "voldoet", true),
                map("kader", "ONDERSTEUNING", "voldoet", false)));
        api.post(INITIATIEFNEMER, "/v1/initiatieven/" + id + "/beoordeling", map("toetsingen", toetsingen,
                "beoordeling", "AANVAARD", "strategie", "COPRODUCTIEF", "reden", "r")).expect(403);
        Api.Answer zonderToelichting = api.post(COLLEGE, "/v1/initiatieven/" + id + "/beoordeling", map(
                "toetsingen", toetsingen, "beoordeling", "AANVAARD", "strategie", "COPRODUCTIEF", "reden", "r")).expect(422);
        assertThat(zonderToelichting.text("veld")).isEqualTo("toetsingen[3].toelichting");
        toetsingen.set(3, map("kader", "ONDERSTEUNING", "voldoet", false, "toelichting", "Geen tegelwippers"));
        assertThat(api.post(COLLEGE, "/v1/initiatieven/" + id + "/beoordeling", map("toetsingen", toetsingen,
                "beoordeling", "AANVAARD", "strategie", "COPRODUCTIEF", "reden", "r")).expect(422).text("code"))
                .isEqualTo("NOT_WITHIN_KADERS");
        toetsingen.set(3, map("kader", "ONDERSTEUNING", "voldoet", true, "toelichting", "Procesbegeleiding"));
        api.post(PROJECTBUREAU, "/v1/initiatieven/" + id + "/_omzetten", map()).expect(409);
        api.post(COLLEGE, "/v1/initiatieven/" + id + "/beoordeling", map("toetsingen", toetsingen,
                "beoordeling", "AANVAARD", "strategie", "COPRODUCTIEF", "reden", "Past binnen alle vier kaders"))
                .expect(201);
        api.post(PROJECTBUREAU, "/v1/initiatieven/" + id + "/antwoorden", map("antwoord",
                "Welkom: wij werken samen met u aan de geveltuinen", "reden", "Besluit van het college")).expect(201);
        String opgaveId = api.post(PROJECTBUREAU, "/v1/initiatieven/" + id + "/_omzetten",
                map("reden", "Naar intake")).expect(201).text("opgaveId");

        // the opgave exists with the initiator as initiatiefnemer and enters intake
        JsonNode opgave = api.awaitOpgave(opgaveId, status("GEREGISTREERD"));
        assertThat(opgave.path("gebied").asText()).isEqualTo(wijk);
        JsonNode status = awaitGet(INITIATIEFNEMER, "/v1/initiatieven/" + id,
                body -> "OPGAVE".equals(body.path("status").asText()));
        assertThat(status.path("opgaveId").asText()).isEqualTo(opgaveId);
        List<String> stappen = new ArrayList<>();
        status.path("besluiten").forEach(s -> stappen.add(s.path("soort").asText()));
        assertThat(stappen).containsExactly("INGEDIEND", "BEOORDEELD", "BEANTWOORD", "OMGEZET");
        assertThat(status.path("besluiten").get(1).path("door").asText()).isEqualTo(COLLEGE);
        assertThat(status.path("besluiten").get(1).path("reden").asText()).isEqualTo("Past binnen alle vier kaders");
        api.post(PROJECTBUREAU, "/v1/initiatieven/" + id + "/_omzetten", map()).expect(409);
        api.put(PROJECTBUREAU, "/v1/opgaven/" + opgaveId + "/intake", map("idee", "ONBEKEND", "netwerk",
                "ONVOORSPELBAAR", "besluitvorming", "ONGERICHT", "voorspelbaarheidPad", 2, "tastbaarheidUitkomst", 2,
                "tijdsdruk", false)).expect(200);
        String initiatiefnemerVanOpgave = api.get(CONTROLLER, "/v1/opgaven/" + opgaveId + "/gebeurtenissen").expect(200)
                .body().path("gebeurtenissen").get(0).toString();
        assertThat(initiatiefnemerVanOpgave).contains(INITIATIEFNEMER);

        // a player of an opgave elsewhere who belongs to this area; an area off the list is refused
        String elders = "Elders-" + tag;
        gebied(elders);
        String eldersOpgave = registreer("Buurtbus " + tag, "mobiliteit-" + tag, elders);
        String regisseur = "wijkregisseur-" + tag;
        assertThat(api.post(PROJECTBUREAU, "/v1/opgaven/" + eldersOpgave + "/rollen", map("rol", "LIJNMANAGER",
                "persoon", regisseur, "reden", "Kent de wijk", "gebied", "Atlantis-" + tag)).expect(422).text("veld"))
                .isEqualTo("gebied");
        api.post(PROJECTBUREAU, "/v1/opgaven/" + eldersOpgave + "/rollen", map("rol", "LIJNMANAGER",
                "persoon", regisseur, "reden", "Kent de wijk", "gebied", wijk)).expect(201);

        // the area view: what runs there, and its players with the area each belongs to
        api.get(INITIATIEFNEMER, "/v1/gebieden/" + wijk).expect(403);
        JsonNode beeld = awaitGet(GEBIEDSMANAGER, "/v1/gebieden/" + wijk,
                body -> body.path("opgaven").size() == 1 && body.path("initiatieven").size() == 1
                        && body.path("spelers").size() == 3);
        assertThat(beeld.path("opgaven").get(0).path("id").asText()).isEqualTo(opgaveId);
        assertThat(beeld.path("initiatieven").get(0).path("status").asText()).isEqualTo("OPGAVE");
        List<String> spelers = new ArrayList<>();
        beeld.path("spelers").forEach(p -> spelers.add(p.path("persoon").asText() + "|" + p.path("rol").asText() + "|"
                + p.path("gebied").asText() + "|" + p.path("opgaveId").asText("") + p.path("initiatiefId").asText("")));
        assertThat(spelers).containsExactlyInAnyOrder(
                INITIATIEFNEMER + "|INITIATIEFNEMER|" + wijk + "|" + opgaveId,
                INITIATIEFNEMER + "|INITIATIEFNEMER (BEWONER)|" + wijk + "|" + id,
                regisseur + "|LIJNMANAGER|" + wijk + "|" + eldersOpgave);
        api.get(GEBIEDSMANAGER, "/v1/gebieden/onbekend-" + tag).expect(404);
        assertThat(api.get(GEBIEDSMANAGER, "/v1/gebieden").expect(200).body().path("gebieden").toString()).contains(wijk);
    }

    @Test
    void everyNewLineOfTheRoleMatrixRefusesTheRolesItDoesNotName() {
        String o = "/v1/opgaven/x-" + tag;
        String r = "/v1/prioriteringsrondes/x-" + tag;
        String i = "/v1/initiatieven/x-" + tag;
        Object[][] rows = {
                {PROJECTLEIDER, "POST", "/v1/agendapunten", "COLLEGE, PROJECTBUREAU"},
                {GEBIEDSMANAGER, "POST", "/v1/agendapunten/x/_intrekken", "COLLEGE, PROJECTBUREAU"},
                {COLLEGE, "POST", o + "/agendapunten", "PROJECTBUREAU"},
                {COLLEGE, "POST", o + "/agendapunten/x/_ontkoppelen", "PROJECTBUREAU"},
                {COLLEGE, "POST", "/v1/prioriteringsrondes", "PROJECTBUREAU"},
                {COLLEGE, "POST", r + "/scores", "PROJECTBUREAU"},
                {PROJECTBUREAU, "POST", r + "/besluit", "COLLEGE"},
                {PROJECTBUREAU, "PUT", "/v1/initiatiefkaders", "COLLEGE"},
                {GEBIEDSMANAGER, "POST", i + "/beoordeling", "COLLEGE, PROJECTBUREAU"},
                {INITIATIEFNEMER, "POST", i + "/antwoorden", "COLLEGE, PROJECTBUREAU"},
                {COLLEGE, "POST", i + "/_omzetten", "PROJECTBUREAU"},
                {GEBIEDSMANAGER, "POST", "/v1/gebieden", "BEHEERDER, PROJECTBUREAU"},
                {INITIATIEFNEMER, "GET", "/v1/gebieden", "COLLEGE, CONTROLLER, GEBIEDSMANAGER, PROJECTBUREAU"},
                {PROJECTLEIDER, "GET", "/v1/gebieden/Oost", "COLLEGE, CONTROLLER, GEBIEDSMANAGER, PROJECTBUREAU"}};
        for (Object[] row : rows) {
            Api.Answer answer = api.request((String) row[0], (String) row[1], (String) row[2],
                    "GET".equals(row[1]) ? null : "application/json", "GET".equals(row[1]) ? null : "{}");
            assertThat(answer.status()).as("%s %s %s", row[0], row[1], row[2]).isEqualTo(403);
            List<String> rollen = new ArrayList<>();
            answer.body().path("vereisteRollen").forEach(n -> rollen.add(n.asText()));
            assertThat(String.join(", ", rollen)).as("%s %s", row[1], row[2]).isEqualTo(row[3]);
        }
        for (String[] write : new String[][] {{"POST", "/v1/initiatieven"}, {"POST", o + "/lessen"},
                {"POST", o + "/gelezen-lessen"}, {"POST", "/v1/agendapunten"}}) {
            assertThat(api.request(CONTROLLER, write[0], write[1], "application/json", "{}").text("code"))
                    .as("controller %s", write[1]).isEqualTo("READ_ONLY_ROLE");
        }
    }

    private String registreer(String titel, String thema, String gebied) {
        return api.post(PROJECTBUREAU, "/v1/opgaven", map("titel", titel, "omschrijving", titel, "thema", thema,
                "gebied", gebied, "initiatiefnemer", "wethouder")).expect(201).text("opgaveId");
    }

    private static List<String> aggregaten(JsonNode gebeurtenissen) {
        List<String> ids = new ArrayList<>();
        gebeurtenissen.path("gebeurtenissen").forEach(g -> ids.add(g.path("aggregaatId").asText()));
        return ids;
    }

    private static JsonNode gebeurtenis(JsonNode gebeurtenissen, String aggregaatId) {
        for (JsonNode g : gebeurtenissen.path("gebeurtenissen")) {
            if (aggregaatId.equals(g.path("aggregaatId").asText())) {
                return g;
            }
        }
        throw new AssertionError("geen gebeurtenis van " + aggregaatId);
    }

    private void score(String rondeId, String opgaveId, int urgentie, int capaciteit) {
        api.post(PROJECTBUREAU, "/v1/prioriteringsrondes/" + rondeId + "/scores", map("opgaveId", opgaveId,
                "scores", map("urgentie", urgentie, "capaciteit", capaciteit), "toelichting", "Scoresessie")).expect(201);
    }

    private JsonNode awaitGet(String user, String path, Predicate<JsonNode> condition) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
            Api.Answer answer = api.get(user, path);
            last[0] = answer.body();
            return answer.status() == 200 && condition.test(answer.body());
        });
        return last[0];
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(n -> ids.add(n.has("id") ? n.path("id").asText() : n.path("opgaveId").asText()));
        return ids;
    }
}
