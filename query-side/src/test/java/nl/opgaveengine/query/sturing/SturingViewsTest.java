package nl.opgaveengine.query.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opgaveengine.api.gebied.GebiedRegisteredEvent;
import nl.opgaveengine.api.gebied.GebiedSoort;
import nl.opgaveengine.api.initiatief.Beoordeling;
import nl.opgaveengine.api.initiatief.InitiatiefAssessedEvent;
import nl.opgaveengine.api.initiatief.InitiatiefConvertedEvent;
import nl.opgaveengine.api.initiatief.InitiatiefSubmittedEvent;
import nl.opgaveengine.api.initiatief.InitiatiefnemerAnsweredEvent;
import nl.opgaveengine.api.initiatief.InitiatiefnemerSoort;
import nl.opgaveengine.api.initiatief.Kader;
import nl.opgaveengine.api.initiatief.Strategie;
import nl.opgaveengine.api.initiatief.Toetsing;
import nl.opgaveengine.api.leren.GotikAspect;
import nl.opgaveengine.api.leren.LesBron;
import nl.opgaveengine.api.leren.LesGelezenEvent;
import nl.opgaveengine.api.leren.LesRecordedEvent;
import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.OpgaveRegisteredEvent;
import nl.opgaveengine.api.opgave.Rol;
import nl.opgaveengine.api.opgave.Werkwijze;
import nl.opgaveengine.api.opgave.WerkwijzeChosenEvent;
import nl.opgaveengine.api.portfolio.AgendapuntAddedEvent;
import nl.opgaveengine.api.portfolio.AgendapuntSoort;
import nl.opgaveengine.api.portfolio.Criterium;
import nl.opgaveengine.api.portfolio.KeuzeUitkomst;
import nl.opgaveengine.api.portfolio.OpgaveAgendapuntLinkedEvent;
import nl.opgaveengine.api.portfolio.OpgaveScoredEvent;
import nl.opgaveengine.api.portfolio.PrioriteringDecidedEvent;
import nl.opgaveengine.api.portfolio.PrioriteringsrondeOpenedEvent;
import nl.opgaveengine.api.portfolio.Rangschikking;
import nl.opgaveengine.api.portfolio.Richting;
import nl.opgaveengine.query.OpgaveHistory;
import nl.opgaveengine.query.ProjectionDriver;
import nl.opgaveengine.query.QuerySideTest;
import nl.opgaveengine.query.gebied.GebiedSpelersProjection;
import nl.opgaveengine.query.gebied.GebiedenProjection;
import nl.opgaveengine.query.gebied.GebiedsbeeldRepository;
import nl.opgaveengine.query.initiatief.InitiatievenProjection;
import nl.opgaveengine.query.initiatief.InitiatievenRepository;
import nl.opgaveengine.query.leren.LerenProjection;
import nl.opgaveengine.query.leren.LessenRepository;
import nl.opgaveengine.query.portfolio.PortfolioProjection;
import nl.opgaveengine.query.prioritering.PrioriteringProjection;
import nl.opgaveengine.query.prioritering.PrioriteringRepository;
import nl.opgaveengine.query.prioritering.PrioriteringViews;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/** The portfoliosturing views from their events: rank and history over rounds, lessons, initiatives, the area view. */
@QuerySideTest
class SturingViewsTest {

    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

    @Autowired
    PrioriteringProjection prioritering;
    @Autowired
    PrioriteringRepository prioriteiten;
    @Autowired
    LerenProjection leren;
    @Autowired
    LessenRepository lessen;
    @Autowired
    InitiatievenProjection initiatieven;
    @Autowired
    InitiatievenRepository initiatievenRepository;
    @Autowired
    GebiedenProjection gebieden;
    @Autowired
    PortfolioProjection portfolio;
    @Autowired
    GebiedsbeeldRepository gebiedsbeeld;
    @Autowired
    GebiedSpelersProjection spelers;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private long seq;

    @Test
    void aLaterRoundChangesTheRankAndBothDecisionsStayVisibleAlsoAfterAReplay() {
        ProjectionDriver driver = new ProjectionDriver(prioritering);
        String a = "a-" + tag;
        String b = "b-" + tag;
        String punt = "punt-" + tag;
        Attribution college = who("burgemeester", "COLLEGE", 0, "Collegebesluit");
        List<EventMessage<?>> events = new ArrayList<>(List.of(
                msg(a, new OpgaveRegisteredEvent(a, "Hittebestendig centrum", null, "klimaat", "Centrum", null, who("pb", "PROJECTBUREAU", 0, null))),
                msg(b, new OpgaveRegisteredEvent(b, "Jongerenwerk Noord", null, "jeugd", "Noord", null, who("pb", "PROJECTBUREAU", 0, null))),
                msg("agenda", new AgendapuntAddedEvent("agenda", punt, AgendapuntSoort.BBV_PROGRAMMA, "Programma 3 " + tag,
                        null, null, college)),
                msg("agenda", new OpgaveAgendapuntLinkedEvent("agenda", punt, AgendapuntSoort.BBV_PROGRAMMA,
                        "Programma 3 " + tag, a, who("pb", "PROJECTBUREAU", 1, "Past in programma 3"))),
                msg("agenda", new OpgaveAgendapuntLinkedEvent("agenda", punt, AgendapuntSoort.BBV_PROGRAMMA,
                        "Programma 3 " + tag, b, who("pb", "PROJECTBUREAU", 1, "Past in programma 3")))));
        List<Criterium> criteria = List.of(new Criterium("urgentie", "Urgentie", 1, Richting.HOGER_IS_BETER));
        events.addAll(round("r1-" + tag, "Begroting 2026", criteria, 10, Map.of(a, 5, b, 2),
                List.of(new Rangschikking(a, 1, 5, KeuzeUitkomst.OPPAKKEN, "Urgent"),
                        new Rangschikking(b, 2, 2, KeuzeUitkomst.NIET_OPPAKKEN, "Geen capaciteit"))));
        events.addAll(round("r2-" + tag, "Begroting 2027", criteria, 100, Map.of(a, 1, b, 4),
                List.of(new Rangschikking(b, 1, 4, KeuzeUitkomst.OPPAKKEN, "Nu wel capaciteit"),
                        new Rangschikking(a, 2, 1, KeuzeUitkomst.NIET_OPPAKKEN, "Afgerond in 2026"))));
        driver.handle(events);

        List<PrioriteringViews.Prioriteit> page = prioriteiten.prioriteiten(punt, null, 1, 20).regels();
        assertThat(page).extracting(PrioriteringViews.Prioriteit::opgaveId).containsExactly(b, a);
        PrioriteringViews.Prioriteit bRow = page.get(0);
        assertThat(bRow.huidig().rang()).isEqualTo(1);
        assertThat(bRow.huidig().keuze()).isEqualTo("OPPAKKEN");
        assertThat(bRow.huidig().rondeNaam()).isEqualTo("Begroting 2027");
        assertThat(bRow.besluiten()).extracting(PrioriteringViews.Besluitregel::rondeNaam, PrioriteringViews.Besluitregel::keuze,
                        PrioriteringViews.Besluitregel::reden)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Begroting 2027", "OPPAKKEN", "Nu wel capaciteit"),
                        org.assertj.core.groups.Tuple.tuple("Begroting 2026", "NIET_OPPAKKEN", "Geen capaciteit"));
        assertThat(bRow.besluiten().get(0).beslotenDoor()).isEqualTo("burgemeester");
        assertThat(bRow.besluiten().get(0).rol()).isEqualTo("COLLEGE");
        assertThat(bRow.agendapunten()).extracting(PrioriteringViews.Koppeling::naam).containsExactly("Programma 3 " + tag);
        assertThat(prioriteiten.prioriteiten(punt, "NIET_OPPAKKEN", 1, 20).regels())
                .extracting(PrioriteringViews.Prioriteit::opgaveId).containsExactly(a);
        PrioriteringViews.Ronde r1 = prioriteiten.ronde("r1-" + tag).orElseThrow();
        assertThat(r1.status()).isEqualTo("BESLOTEN");
        assertThat(r1.besluit().rangschikking()).extracting(PrioriteringViews.Keuze::opgaveId).containsExactly(a, b);
        assertThat(r1.scores()).extracting(PrioriteringViews.Score::totaal).containsExactly(5, 2);

        List<PrioriteringViews.Prioriteit> before = prioriteiten.prioriteiten(punt, null, 1, 20).regels();
        driver.reset();
        assertThat(prioriteiten.prioriteiten(punt, null, 1, 20).regels()).isEmpty();
        driver.handle(events);
        assertThat(prioriteiten.prioriteiten(punt, null, 1, 20).regels()).isEqualTo(before);
    }

    @Test
    void lessonsOfSimilarOpgavenAreOfferedAndTheirReadingShows() {
        ProjectionDriver driver = new ProjectionDriver(leren);
        String thema = "thema-" + tag;
        String oud = "oud-" + tag;
        String anders = "anders-" + tag;
        String nieuw = "nieuw-" + tag;
        Attribution pb = who("pb", "PROJECTBUREAU", 0, null);
        driver.handle(List.of(
                msg(oud, new OpgaveRegisteredEvent(oud, "Oude opgave", null, thema, "Gebied-" + tag, null, pb)),
                msg(oud, new WerkwijzeChosenEvent(oud, Werkwijze.PROGRAMMA, Werkwijze.PROGRAMMA, false, pb)),
                msg(anders, new OpgaveRegisteredEvent(anders, "Andere opgave", null, "ander-" + tag, "Elders-" + tag, null, pb)),
                msg(nieuw, new OpgaveRegisteredEvent(nieuw, "Nieuwe opgave", null, thema, "Nergens-" + tag, null, pb)),
                msg("les-1-" + tag, new LesRecordedEvent("les-1-" + tag, oud, LesBron.GATE_REVIEW, "definitie",
                        "Het projectplan kwam te laat", "Bestuurlijke route vooraf plannen " + tag, "projectleiders",
                        null, null, null, GotikAspect.TIJD, who("pl", "BETROKKENE", 1, "Les vastgelegd"))),
                msg("les-2-" + tag, new LesRecordedEvent("les-2-" + tag, anders, LesBron.EVALUATIERAPPORT, null,
                        "Budget overschreden", "Eerder bijsturen", "controllers", null, null, null, GotikAspect.GELD,
                        who("pl", "BETROKKENE", 2, "Les vastgelegd")))));

        List<LessenRepository.Aangeboden> offered = lessen.aangeboden(nieuw, 20);
        assertThat(offered).extracting(o -> o.les().id()).containsExactly("les-1-" + tag);
        assertThat(offered.get(0).gelijkOp()).containsExactly("thema");
        assertThat(offered.get(0).les().werkwijze()).isEqualTo("PROGRAMMA");
        assertThat(offered.get(0).gelezen()).isFalse();

        driver.handle(msg("les-1-" + tag, new LesGelezenEvent("les-1-" + tag, nieuw, who("pb", "PROJECTBUREAU", 3, "Gelezen"))));
        assertThat(lessen.aangeboden(nieuw, 20).get(0).gelezen()).isTrue();
        assertThat(lessen.aangeboden(nieuw, 20).get(0).les().gelezen()).extracting(LessenRepository.Lezing::door)
                .containsExactly("pb");

        assertThat(lessen.zoek(new LessenRepository.Filter("route vooraf plannen " + tag, null, null, null, null, null,
                null, null), 1, 20).regels()).extracting(LessenRepository.Les::id).containsExactly("les-1-" + tag);
        assertThat(lessen.zoek(new LessenRepository.Filter(null, null, "elders-" + tag, null, null, "GELD", null, null),
                1, 20).regels()).extracting(LessenRepository.Les::id).containsExactly("les-2-" + tag);
        assertThat(lessen.zoek(new LessenRepository.Filter(null, thema, null, "PROGRAMMA", null, "GELD", null, null),
                1, 20).totaalAantal()).isZero();
    }

    @Test
    void anInitiativeShowsItsStatusDecisionsAndOpgaveAndTheAreaViewShowsWhatRunsThere() {
        String code = "Wijk-" + tag;
        String buurt = "Buurt-" + tag;
        new ProjectionDriver(gebieden).handle(List.of(
                msg("gebied:" + code, new GebiedRegisteredEvent("gebied:" + code, code, "De Wijk", GebiedSoort.WIJK, null,
                        who("beheerder", "BEHEERDER", 0, "Gebied vastgelegd"))),
                msg("gebied:" + buurt, new GebiedRegisteredEvent("gebied:" + buurt, buurt, "De Buurt", GebiedSoort.BUURT,
                        code, who("beheerder", "BEHEERDER", 0, "Gebied vastgelegd")))));

        String id = "init-" + tag;
        String opgaveId = "opg-" + tag;
        List<Toetsing> toetsingen = List.of(new Toetsing(Kader.INHOUD, true, "Groen"), new Toetsing(Kader.ACTOREN, true, null),
                new Toetsing(Kader.PROCEDURES, true, null), new Toetsing(Kader.ONDERSTEUNING, true, null));
        new ProjectionDriver(initiatieven).handle(List.of(
                msg(id, new InitiatiefSubmittedEvent(id, "Geveltuinen", "Tuinen", "groen", buurt, "els-" + tag,
                        InitiatiefnemerSoort.BEWONER, null, null, 1, who("els-" + tag, "INITIATIEFNEMER", 0, "Ingediend"))),
                msg(id, new InitiatiefAssessedEvent(id, 1, toetsingen, Beoordeling.AANVAARD, Strategie.COPRODUCTIEF,
                        who("burgemeester", "COLLEGE", 1, "Past in het wijkplan"))),
                msg(id, new InitiatiefnemerAnsweredEvent(id, "els-" + tag, Beoordeling.AANVAARD, "Welkom",
                        who("pb", "PROJECTBUREAU", 2, "Besluit van het college"))),
                msg(id, new InitiatiefConvertedEvent(id, opgaveId, "Geveltuinen", "Tuinen", "groen", buurt, "els-" + tag,
                        Strategie.COPRODUCTIEF, who("pb", "PROJECTBUREAU", 3, "Naar intake")))));
        InitiatievenRepository.Initiatief initiatief = initiatievenRepository.initiatief(id).orElseThrow();
        assertThat(initiatief.status()).isEqualTo("OPGAVE");
        assertThat(initiatief.opgaveId()).isEqualTo(opgaveId);
        assertThat(initiatief.strategie()).isEqualTo("COPRODUCTIEF");
        assertThat(initiatief.besluiten()).extracting(InitiatievenRepository.Besluit::soort)
                .containsExactly("INGEDIEND", "BEOORDEELD", "BEANTWOORD", "OMGEZET");
        assertThat(initiatief.besluiten().get(1).reden()).isEqualTo("Past in het wijkplan");
        assertThat(initiatievenRepository.zoek(new InitiatievenRepository.Filter(null, null, null, "els-" + tag), 1, 20)
                .regels()).extracting(InitiatievenRepository.Initiatief::id).containsExactly(id);
        assertThat(initiatievenRepository.zoek(new InitiatievenRepository.Filter(null, null, null, "iemand-anders"), 1, 20)
                .regels()).isEmpty();

        OpgaveHistory history = OpgaveHistory.of(opgaveId).registered("Geveltuinen", "groen", buurt)
                .rolAssigned(Rol.STURINGSPROFESSIONAL, "klaas")
                .gateOpened("gate_initiatief", "Go/no-go initiatief", "fase_initiatief", "startdocument");
        new ProjectionDriver(portfolio).handle(history.messages());
        new ProjectionDriver(leren).handle(List.of(history.messages().get(0),
                msg("les-" + tag, new LesRecordedEvent("les-" + tag, opgaveId, LesBron.EVALUATIERAPPORT, null,
                        "Buren deden mee", "Vroeg de buurt vragen", "gebiedsmanagers", null, null, null, null,
                        who("klaas", "BETROKKENE", 4, "Les vastgelegd")))));

        GebiedsbeeldRepository.Gebiedsbeeld beeld = gebiedsbeeld.gebiedsbeeld(code.toLowerCase()).orElseThrow();
        assertThat(beeld.buurten()).containsExactly(buurt);
        assertThat(beeld.opgaven()).extracting(GebiedsbeeldRepository.Opgave::id).containsExactly(opgaveId);
        assertThat(beeld.initiatieven()).extracting(GebiedsbeeldRepository.Initiatief::id).containsExactly(id);
        assertThat(beeld.spelers()).isEmpty(); // the players view has not seen these events yet
        List<EventMessage<?>> spelerEvents = new ArrayList<>(history.messages());
        spelerEvents.add(msg(id, new InitiatiefSubmittedEvent(id, "Geveltuinen", "Tuinen", "groen", buurt, "els-" + tag,
                InitiatiefnemerSoort.BEWONER, "Bewonersgroep", null, 1, who("els-" + tag, "INITIATIEFNEMER", 0,
                "Ingediend"), code)));
        // a player of an opgave elsewhere who belongs to the buurt, and one who left the opgave again
        String elders = "elders-" + tag;
        spelerEvents.add(msg(elders, new nl.opgaveengine.api.opgave.RolAssignedEvent(elders, Rol.LIJNMANAGER, "joke",
                who("pb", "PROJECTBUREAU", 5, "Wijkregisseur"), buurt)));
        spelerEvents.add(msg(elders, new nl.opgaveengine.api.opgave.RolAssignedEvent(elders, Rol.LIJNMANAGER, "piet",
                who("pb", "PROJECTBUREAU", 5, "Wijkregisseur"), buurt)));
        spelerEvents.add(msg(elders, new nl.opgaveengine.api.opgave.RolEndedEvent(elders, Rol.LIJNMANAGER, "piet",
                who("pb", "PROJECTBUREAU", 6, "Vertrokken"))));
        // a registration stored before players carried an area: it still reads, its initiator without an area
        OpgaveRegisteredEvent oud = (OpgaveRegisteredEvent) serializer.deserialize(new SimpleSerializedObject<>("""
                {"opgaveId":"oud-%s","titel":"Oud","omschrijving":null,"thema":"groen","gebied":"%s",
                 "initiatiefnemer":"kees","attribution":{"actor":"anna","role":"PROJECTBUREAU",
                 "at":"2026-03-01T09:00:00Z","reason":"Opgave geregistreerd"}}""".formatted(tag, code), String.class,
                OpgaveRegisteredEvent.class.getName(), "1"));
        assertThat(oud.initiatiefnemerGebied()).isNull();
        spelerEvents.add(msg("oud-" + tag, oud));
        new ProjectionDriver(portfolio).handle(msg("oud-" + tag, oud));
        ProjectionDriver spelerDriver = new ProjectionDriver(spelers);
        spelerDriver.handle(spelerEvents);

        beeld = gebiedsbeeld.gebiedsbeeld(code.toLowerCase()).orElseThrow();
        assertThat(beeld.spelers()).extracting(GebiedsbeeldRepository.Speler::persoon, GebiedsbeeldRepository.Speler::rol,
                        GebiedsbeeldRepository.Speler::gebied)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("klaas", "STURINGSPROFESSIONAL", null),
                        org.assertj.core.groups.Tuple.tuple("wethouder Jansen", "INITIATIEFNEMER", null),
                        org.assertj.core.groups.Tuple.tuple("els-" + tag, "INITIATIEFNEMER (BEWONER)", code),
                        org.assertj.core.groups.Tuple.tuple("joke", "LIJNMANAGER", buurt),
                        org.assertj.core.groups.Tuple.tuple("kees", "INITIATIEFNEMER", null));
        List<GebiedsbeeldRepository.Speler> voorReplay = beeld.spelers();
        spelerDriver.reset();
        assertThat(gebiedsbeeld.gebiedsbeeld(code).orElseThrow().spelers()).isEmpty();
        spelerDriver.handle(spelerEvents);
        assertThat(gebiedsbeeld.gebiedsbeeld(code).orElseThrow().spelers()).isEqualTo(voorReplay);
        assertThat(beeld.komendeGates()).extracting(GebiedsbeeldRepository.Gate::gate)
                .containsExactly("Go/no-go initiatief");
        assertThat(beeld.aantalLessen()).isEqualTo(1);
        assertThat(beeld.recenteLessen()).extracting(GebiedsbeeldRepository.Les::geleerd)
                .containsExactly("Vroeg de buurt vragen");
        assertThat(gebiedsbeeld.gebiedsbeeld("onbekend-" + tag)).isEmpty();
    }

    private List<EventMessage<?>> round(String rondeId, String naam, List<Criterium> criteria, int minutes,
                                        Map<String, Integer> totalen, List<Rangschikking> rangschikking) {
        List<EventMessage<?>> events = new ArrayList<>();
        events.add(msg(rondeId, new PrioriteringsrondeOpenedEvent(rondeId, naam, criteria,
                who("pb", "PROJECTBUREAU", minutes, "Ronde geopend"))));
        totalen.forEach((opgave, totaal) -> events.add(msg(rondeId, new OpgaveScoredEvent(rondeId, opgave,
                Map.of("urgentie", totaal), totaal, who("pb", "PROJECTBUREAU", minutes + 1, "Gescoord")))));
        events.add(msg(rondeId, new PrioriteringDecidedEvent(rondeId, naam, rangschikking,
                who("burgemeester", "COLLEGE", minutes + 2, "Collegebesluit " + naam))));
        return events;
    }

    private static Attribution who(String actor, String role, int minutes, String reason) {
        return new Attribution(actor, role, T.plusSeconds(60L * minutes), reason);
    }

    private EventMessage<?> msg(String aggregateId, Object payload) {
        return new GenericDomainEventMessage<>("Test", aggregateId, seq++, payload);
    }
}
