package nl.opgaveengine.command.opgave;

import java.time.Instant;
import java.util.List;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.api.opgave.AanpakChosenEvent;
import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.ChooseAanpakCommand;
import nl.opgaveengine.api.opgave.ChooseWerkwijzeCommand;
import nl.opgaveengine.api.opgave.DecideGateCommand;
import nl.opgaveengine.api.opgave.DocumentAttachedEvent;
import nl.opgaveengine.api.opgave.ExecuteProcesstapCommand;
import nl.opgaveengine.api.opgave.FaseStartedEvent;
import nl.opgaveengine.api.opgave.GateDecidedEvent;
import nl.opgaveengine.api.opgave.GateOpenedEvent;
import nl.opgaveengine.api.opgave.OpgaveClosedEvent;
import nl.opgaveengine.api.opgave.OpgaveRegisteredEvent;
import nl.opgaveengine.api.opgave.OpgaveStatus;
import nl.opgaveengine.api.opgave.ProcessLinkedEvent;
import nl.opgaveengine.api.opgave.Procesveld;
import nl.opgaveengine.api.opgave.Processtap;
import nl.opgaveengine.api.opgave.ProcesstapExecutedEvent;
import nl.opgaveengine.api.opgave.ProcesstapTakenEvent;
import nl.opgaveengine.api.opgave.RegisterSubopgaveCommand;
import nl.opgaveengine.api.opgave.RequestVoortgangsrapportageCommand;
import nl.opgaveengine.api.opgave.Rol;
import nl.opgaveengine.api.opgave.RolAssignedEvent;
import nl.opgaveengine.api.opgave.Subopgave;
import nl.opgaveengine.api.opgave.SubopgaveLinkedEvent;
import nl.opgaveengine.api.opgave.TakeProcesstapCommand;
import nl.opgaveengine.api.opgave.VervolgaanpakChosenEvent;
import nl.opgaveengine.api.opgave.VoortgangsrapportageRequestedEvent;
import nl.opgaveengine.api.opgave.Werkwijze;
import nl.opgaveengine.api.opgave.WerkwijzeChosenEvent;
import nl.opgaveengine.api.opgave.WerkwijzeSwitchedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The werkwijze rules of the Opgave aggregate: switching, procesregie steps, the vervolgaanpak, P&C reports. */
class OpgaveWerkwijzenTest {

    private static final String ID = "opgave-1";
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    private static final Attribution PB = new Attribution("pb", "PROJECTBUREAU", T, "reden");
    private static final Attribution PROCES = Attribution.byProcess("procesmodel", T);
    private static final Attribution REGISSEUR = new Attribution("regisseur", null, T, "stap");

    private FixtureConfiguration<Opgave> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Opgave.class);
        fixture.registerInjectableResource(new nl.opgaveengine.command.gebied.Gebiedenlijst(
                org.axonframework.eventsourcing.eventstore.EmbeddedEventStore.builder()
                        .storageEngine(new org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine())
                        .build()));
    }

    private static Object[] lopend(Werkwijze werkwijze, String model) {
        return new Object[]{
                new OpgaveRegisteredEvent(ID, "Wijk Oost", "", "klimaat", "Oost", "wethouder", PB),
                new WerkwijzeChosenEvent(ID, werkwijze, werkwijze, false, PB),
                new RolAssignedEvent(ID, Rol.STURINGSPROFESSIONAL, "regisseur", PB),
                new RolAssignedEvent(ID, Rol.BESTUURLIJK_OPDRACHTGEVER, "wethouder", PB),
                new ProcessLinkedEvent(ID, model, 1, 10L, 100L, PROCES),
                new FaseStartedEvent(ID, "wyberen", "Wyberen", 0, PROCES)};
    }

    private static ProcesstapTakenEvent stap(String stapId, Processtap stap) {
        return new ProcesstapTakenEvent(ID, stapId, stap, "Rondetafel", "Drie opties", List.of("waterschap", "bewoners"),
                Procesveld.VERBINDEND, 100L, REGISSEUR.withRole("STURINGSPROFESSIONAL"));
    }

    private static Matcher<?> refusedWith(ErrorCode code) {
        return Matchers.predicate(e -> e instanceof BusinessRuleException b && b.code() == code);
    }

    @Test
    void switchesWerkwijzeWithAReasonAndKeepsTheOldInstanceInTheEvent() {
        Attribution by = PB.withReason("Het netwerk blijkt onvoorspelbaar");
        fixture.given(lopend(Werkwijze.PROJECT, "project"))
                .when(new ChooseWerkwijzeCommand(ID, Werkwijze.PROGRAMMA, by))
                .expectEvents(new WerkwijzeSwitchedEvent(ID, Werkwijze.PROJECT, Werkwijze.PROGRAMMA, "project", 100L, by),
                        new WerkwijzeChosenEvent(ID, Werkwijze.PROGRAMMA, null, false, by));
    }

    @Test
    void refusesASwitchWithoutReason() {
        fixture.given(lopend(Werkwijze.PROJECT, "project"))
                .when(new ChooseWerkwijzeCommand(ID, Werkwijze.PROGRAMMA, PB.withReason(null)))
                .expectException(refusedWith(ErrorCode.REASON_REQUIRED));
    }

    @Test
    void refusesSwitchingToTheSameWerkwijze() {
        fixture.given(lopend(Werkwijze.PROJECT, "project"))
                .when(new ChooseWerkwijzeCommand(ID, Werkwijze.PROJECT, PB))
                .expectException(refusedWith(ErrorCode.WERKWIJZE_ALREADY_CHOSEN));
    }

    @Test
    void anOmgezetOpgaveWaitsForItsSwitch() {
        Attribution by = PB.withReason("Na de sprints is het een programma");
        fixture.given(lopend(Werkwijze.IMPROVISATIE, "improvisatie"))
                .andGiven(new OpgaveClosedEvent(ID, OpgaveStatus.OMGEZET, PROCES))
                .when(new ChooseWerkwijzeCommand(ID, Werkwijze.PROGRAMMA, by))
                .expectEvents(new WerkwijzeSwitchedEvent(ID, Werkwijze.IMPROVISATIE, Werkwijze.PROGRAMMA,
                                "improvisatie", 100L, by),
                        new WerkwijzeChosenEvent(ID, Werkwijze.PROGRAMMA, null, false, by));
    }

    @Test
    void theProcesregisseurTakesAStep() {
        fixture.given(lopend(Werkwijze.PROCESREGIE, "procesregie"))
                .when(new TakeProcesstapCommand(ID, "s1", Processtap.DIVERGEREN, "Rondetafel", "Drie opties",
                        List.of("waterschap", "bewoners"), Procesveld.VERBINDEND, REGISSEUR))
                .expectEvents(stap("s1", Processtap.DIVERGEREN));
    }

    @Test
    void refusesAStepBySomeoneElseThanTheProcesregisseur() {
        fixture.given(lopend(Werkwijze.PROCESREGIE, "procesregie"))
                .when(new TakeProcesstapCommand(ID, "s1", Processtap.DIVERGEREN, "x", null, List.of(), null,
                        new Attribution("wethouder", null, T, "stap")))
                .expectException(refusedWith(ErrorCode.NO_MANDATE));
    }

    @Test
    void refusesAStepOutsideProcesregie() {
        fixture.given(lopend(Werkwijze.PROJECT, "project"))
                .when(new TakeProcesstapCommand(ID, "s1", Processtap.DIVERGEREN, "x", null, List.of(), null, REGISSEUR))
                .expectException(refusedWith(ErrorCode.WRONG_WERKWIJZE));
    }

    @Test
    void theModelRunsTheReportedStepAndLearnsTheApproachIsNotChosenYet() {
        fixture.given(lopend(Werkwijze.PROCESREGIE, "procesregie"))
                .andGiven(stap("s1", Processtap.DIVERGEREN))
                .when(new ExecuteProcesstapCommand(ID, Processtap.DIVERGEREN, "service_task_stap_divergeren", 7L, PROCES))
                .expectResultMessagePayload(false)
                .expectEvents(new ProcesstapExecutedEvent(ID, "s1", Processtap.DIVERGEREN, "Rondetafel", "Drie opties",
                        List.of("waterschap", "bewoners"), Procesveld.VERBINDEND, "service_task_stap_divergeren", 7L,
                        false, PROCES));
    }

    @Test
    void aRetriedStepJobRecordsNothingNew() {
        fixture.given(lopend(Werkwijze.PROCESREGIE, "procesregie"))
                .andGiven(stap("s1", Processtap.DIVERGEREN), new ProcesstapExecutedEvent(ID, "s1", Processtap.DIVERGEREN,
                        "Rondetafel", "Drie opties", List.of(), null, "service_task_stap_divergeren", 7L, false, PROCES))
                .when(new ExecuteProcesstapCommand(ID, Processtap.DIVERGEREN, "service_task_stap_divergeren", 7L, PROCES))
                .expectNoEvents();
    }

    @Test
    void choosingTheApproachWithoutAStepRunningAddsAClosingStep() {
        Attribution by = REGISSEUR.withReason("Partijen willen twee projecten");
        Attribution as = by.withRole("STURINGSPROFESSIONAL");
        fixture.given(lopend(Werkwijze.PROCESREGIE, "procesregie"))
                .when(new ChooseAanpakCommand(ID, "slot", by))
                .expectEvents(new ProcesstapTakenEvent(ID, "slot", Processtap.CONSOLIDEREN, "Aanpak gekozen",
                        "Partijen willen twee projecten", List.of(), null, 100L, as), new AanpakChosenEvent(ID, as));
    }

    @Test
    void refusesAStepAfterTheApproachIsChosen() {
        fixture.given(lopend(Werkwijze.PROCESREGIE, "procesregie"))
                .andGiven(new AanpakChosenEvent(ID, REGISSEUR))
                .when(new TakeProcesstapCommand(ID, "s2", Processtap.CONVERGEREN, "x", null, List.of(), null, REGISSEUR))
                .expectException(refusedWith(ErrorCode.AANPAK_ALREADY_CHOSEN));
    }

    @Test
    void aVervolgaanpakDecisionStartsTheNamedSubopgaven() {
        GateOpenedEvent gate = new GateOpenedEvent(ID, "vervolgaanpak", "Besluit over de vervolgaanpak", "wyberen",
                "procesvoorstel", Rol.BESTUURLIJK_OPDRACHTGEVER, List.of("ROUTINE", "PROJECT", "PROGRAMMA", "NO_GO"),
                PROCES);
        DocumentAttachedEvent voorstel = new DocumentAttachedEvent(ID, "d1", "procesvoorstel", "1", "a".repeat(64),
                "dms://1", PB);
        Attribution wethouder = new Attribution("wethouder", null, T, "Twee projecten");
        Attribution asBo = wethouder.withRole("BESTUURLIJK_OPDRACHTGEVER");
        List<Subopgave> subs = List.of(new Subopgave("sub-1", "Groene daken", "klimaat"),
                new Subopgave("sub-2", "Wadi's", "water"));
        fixture.given(lopend(Werkwijze.PROCESREGIE, "procesregie"))
                .andGiven(gate, voorstel)
                .when(new DecideGateCommand(ID, "vervolgaanpak", "PROJECT", null, wethouder, subs))
                .expectEvents(new GateDecidedEvent(ID, "vervolgaanpak", "Besluit over de vervolgaanpak", "wyberen",
                                "PROJECT", "d1", "procesvoorstel", "1", "a".repeat(64), asBo),
                        new VervolgaanpakChosenEvent(ID, "vervolgaanpak", Werkwijze.PROJECT, subs, asBo,
                                java.util.Map.of(Rol.BESTUURLIJK_OPDRACHTGEVER, List.of("wethouder"),
                                        Rol.STURINGSPROFESSIONAL, List.of("regisseur"))));
    }

    @Test
    void aSubopgaveStartsWithItsParentLinkAndWerkwijze() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSubopgaveCommand("sub-1", ID, "Groene daken", "o", "klimaat", null, Werkwijze.PROJECT, PB))
                .expectEvents(new OpgaveRegisteredEvent("sub-1", "Groene daken", "o", "klimaat", null, null, PB),
                        new SubopgaveLinkedEvent("sub-1", ID, Werkwijze.PROJECT, PB),
                        new WerkwijzeChosenEvent("sub-1", Werkwijze.PROJECT, Werkwijze.PROJECT, false, PB));
    }

    @Test
    void aSubopgaveStartsWithTheRoleHoldersOfItsParent() {
        Attribution overgenomen = PB.withReason("Rol overgenomen van de moederopgave " + ID);
        fixture.givenNoPriorActivity()
                .when(new RegisterSubopgaveCommand("sub-1", ID, "Groene daken", "o", "klimaat", null, Werkwijze.PROJECT,
                        PB, java.util.Map.of(Rol.STURINGSPROFESSIONAL, List.of("regisseur"))))
                .expectEvents(new OpgaveRegisteredEvent("sub-1", "Groene daken", "o", "klimaat", null, null, PB),
                        new SubopgaveLinkedEvent("sub-1", ID, Werkwijze.PROJECT, PB),
                        new RolAssignedEvent("sub-1", Rol.STURINGSPROFESSIONAL, "regisseur", overgenomen),
                        new WerkwijzeChosenEvent("sub-1", Werkwijze.PROJECT, Werkwijze.PROJECT, false, PB));
    }

    @Test
    void aVoortgangsrapportageIsDueOncePerPcMoment() {
        Instant moment = Instant.parse("2026-05-14T22:00:00Z");
        fixture.given(lopend(Werkwijze.PROGRAMMA, "programma"))
                .andGiven(new VoortgangsrapportageRequestedEvent(ID, moment, "voorjaarsnota", Werkwijze.PROGRAMMA, PROCES))
                .when(new RequestVoortgangsrapportageCommand(ID, moment, "voorjaarsnota", PROCES))
                .expectNoEvents();
        fixture.given(lopend(Werkwijze.PROGRAMMA, "programma"))
                .when(new RequestVoortgangsrapportageCommand(ID, moment, "voorjaarsnota", PROCES))
                .expectEvents(new VoortgangsrapportageRequestedEvent(ID, moment, "voorjaarsnota", Werkwijze.PROGRAMMA,
                        PROCES));
    }
}
