package nl.opgaveengine.command.opgave;

import java.time.Instant;
import java.util.List;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.api.opgave.AssignRolCommand;
import nl.opgaveengine.api.opgave.AttachDocumentCommand;
import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.ChooseWerkwijzeCommand;
import nl.opgaveengine.api.opgave.CloseOpgaveCommand;
import nl.opgaveengine.api.opgave.DecideGateCommand;
import nl.opgaveengine.api.opgave.DocumentAttachedEvent;
import nl.opgaveengine.api.opgave.EndRolCommand;
import nl.opgaveengine.api.opgave.FaseStartedEvent;
import nl.opgaveengine.api.opgave.GateDecidedEvent;
import nl.opgaveengine.api.opgave.GateOpenedEvent;
import nl.opgaveengine.api.opgave.IntakeRecordedEvent;
import nl.opgaveengine.api.opgave.LinkProcessCommand;
import nl.opgaveengine.api.opgave.ProcessLinkedEvent;
import nl.opgaveengine.api.opgave.OpenGateCommand;
import nl.opgaveengine.api.opgave.OpgaveClosedEvent;
import nl.opgaveengine.api.opgave.OpgaveRegisteredEvent;
import nl.opgaveengine.api.opgave.OpgaveStatus;
import nl.opgaveengine.api.opgave.RecordIntakeCommand;
import nl.opgaveengine.api.opgave.RegisterOpgaveCommand;
import nl.opgaveengine.api.opgave.Rol;
import nl.opgaveengine.api.opgave.RolAssignedEvent;
import nl.opgaveengine.api.opgave.RolEndedEvent;
import nl.opgaveengine.api.opgave.StartFaseCommand;
import nl.opgaveengine.api.opgave.Voorscheider;
import nl.opgaveengine.api.opgave.Werkwijze;
import nl.opgaveengine.api.opgave.WerkwijzeChosenEvent;
import nl.opgaveengine.command.gebied.Gebiedenlijst;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of the Opgave aggregate, each as given/when/then. */
class OpgaveTest {

    private static final String ID = "opgave-1";
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    private static final Attribution PB = new Attribution("pb", "PROJECTBUREAU", T, "reden");
    private static final Attribution PROCES = Attribution.byProcess("procesmodel project", T);
    private static final Voorscheider.Antwoorden PROJECT_ANTWOORDEN = new Voorscheider.Antwoorden(
            Voorscheider.Idee.BEKEND, Voorscheider.Netwerk.VOORSPELBAAR, Voorscheider.Besluitvorming.GERICHT, 4, 3, false);
    private static final Voorscheider.Advies PROJECT_ADVIES = IntakeAdvisor.advise(PROJECT_ANTWOORDEN);
    private static final GateOpenedEvent GATE_INITIATIEF = new GateOpenedEvent(ID, "initiatief", "Go/no-go na initiatief",
            "initiatief", "startdocument", Rol.AMBTELIJK_OPDRACHTGEVER, List.of("GO", "NO_GO", "OVERDOEN"), PROCES);
    private static final DocumentAttachedEvent STARTDOCUMENT = new DocumentAttachedEvent(ID, "doc-1", "startdocument",
            "1.0", "a".repeat(64), "dms://startdocument/1", PB);

    private FixtureConfiguration<Opgave> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Opgave.class);
        EventStore gebieden = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        gebieden.publish(new GenericDomainEventMessage<>("Gebied", "gebied:oost", 0, "registered"));
        fixture.registerInjectableResource(new Gebiedenlijst(gebieden));
    }

    private static Object[] lopendProject() {
        return new Object[]{
                new OpgaveRegisteredEvent(ID, "Klimaatadaptief Oost", "", "klimaat", "Oost", "wethouder", PB),
                new IntakeRecordedEvent(ID, PROJECT_ANTWOORDEN, PROJECT_ADVIES, PB),
                new WerkwijzeChosenEvent(ID, Werkwijze.PROJECT, Werkwijze.PROJECT, false, PB),
                new RolAssignedEvent(ID, Rol.AMBTELIJK_OPDRACHTGEVER, "aog", PB),
                new FaseStartedEvent(ID, "initiatief", "Initiatief", 0, PROCES)};
    }

    private static Attribution by(String actor, String reason) {
        return new Attribution(actor, null, T, reason);
    }

    private static Matcher<?> refusedWith(ErrorCode code) {
        return Matchers.predicate(e -> e instanceof BusinessRuleException b && b.code() == code);
    }

    private static Matcher<?> refusedWith(ErrorCode code, String veld) {
        return Matchers.predicate(e -> e instanceof BusinessRuleException b && b.code() == code
                && veld.equals(b.details().get("veld")) && b.details().get("regel") != null);
    }

    @Test
    void registersAnOpgave() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOpgaveCommand(ID, "Klimaatadaptief Oost", "omschrijving", "klimaat", "Oost", "wethouder", PB))
                .expectEvents(new OpgaveRegisteredEvent(ID, "Klimaatadaptief Oost", "omschrijving", "klimaat", "Oost",
                        "wethouder", PB));
    }

    @Test
    void theAreaOfAnOpgaveAndOfItsInitiatorAreOnTheListOfAreas() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOpgaveCommand(ID, "t", "o", "klimaat", "oost", "wethouder", PB, "Oost"))
                .expectEvents(new OpgaveRegisteredEvent(ID, "t", "o", "klimaat", "oost", "wethouder", PB, "Oost"));
        fixture.givenNoPriorActivity()
                .when(new RegisterOpgaveCommand(ID, "t", "o", "klimaat", "Atlantis", "wethouder", PB))
                .expectException(refusedWith(ErrorCode.GEBIED_NOT_ON_LIST, "gebied"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RegisterOpgaveCommand(ID, "t", "o", "klimaat", "Oost", "wethouder", PB, "Atlantis"))
                .expectException(refusedWith(ErrorCode.GEBIED_NOT_ON_LIST, "initiatiefnemerGebied"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RegisterOpgaveCommand(ID, "t", "o", "klimaat", null, null, PB))
                .expectEvents(new OpgaveRegisteredEvent(ID, "t", "o", "klimaat", null, null, PB));
    }

    @Test
    void aRoleHolderMayBelongToAnAreaOnTheList() {
        fixture.given(lopendProject())
                .when(new AssignRolCommand(ID, Rol.LIJNMANAGER, "wijkregisseur", PB, "Oost"))
                .expectEvents(new RolAssignedEvent(ID, Rol.LIJNMANAGER, "wijkregisseur", PB, "Oost"));
        fixture.given(lopendProject())
                .when(new AssignRolCommand(ID, Rol.LIJNMANAGER, "wijkregisseur", PB, "Atlantis"))
                .expectException(refusedWith(ErrorCode.GEBIED_NOT_ON_LIST, "gebied"))
                .expectNoEvents();
    }

    @Test
    void intakeRecordsTheAdviceOfTheVoorscheider() {
        fixture.given(new OpgaveRegisteredEvent(ID, "t", "", "klimaat", "Oost", "x", PB))
                .when(new RecordIntakeCommand(ID, PROJECT_ANTWOORDEN, PB))
                .expectEvents(new IntakeRecordedEvent(ID, PROJECT_ANTWOORDEN, PROJECT_ADVIES, PB));
    }

    @Test
    void refusesWerkwijzeBeforeIntake() {
        fixture.given(new OpgaveRegisteredEvent(ID, "t", "", "klimaat", "Oost", "x", PB))
                .when(new ChooseWerkwijzeCommand(ID, Werkwijze.PROJECT, PB))
                .expectException(BusinessRuleException.class)
                .expectException(refusedWith(ErrorCode.INTAKE_NOT_DONE))
                .expectNoEvents();
    }

    @Test
    void confirmingTheAdviceNeedsNoReason() {
        fixture.given(new OpgaveRegisteredEvent(ID, "t", "", "klimaat", "Oost", "x", PB),
                        new IntakeRecordedEvent(ID, PROJECT_ANTWOORDEN, PROJECT_ADVIES, PB))
                .when(new ChooseWerkwijzeCommand(ID, Werkwijze.PROJECT, PB.withReason(null)))
                .expectEvents(new WerkwijzeChosenEvent(ID, Werkwijze.PROJECT, Werkwijze.PROJECT, false,
                        PB.withReason("Conform het advies van de intake")));
    }

    @Test
    void overridingTheAdviceNeedsAReason() {
        fixture.given(new OpgaveRegisteredEvent(ID, "t", "", "klimaat", "Oost", "x", PB),
                        new IntakeRecordedEvent(ID, PROJECT_ANTWOORDEN, PROJECT_ADVIES, PB))
                .when(new ChooseWerkwijzeCommand(ID, Werkwijze.PROGRAMMA, PB.withReason(" ")))
                .expectException(refusedWith(ErrorCode.REASON_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void overridingTheAdviceWithAReasonIsRecordedAsADeviation() {
        fixture.given(new OpgaveRegisteredEvent(ID, "t", "", "klimaat", "Oost", "x", PB),
                        new IntakeRecordedEvent(ID, PROJECT_ANTWOORDEN, PROJECT_ADVIES, PB))
                .when(new ChooseWerkwijzeCommand(ID, Werkwijze.PROGRAMMA, PB.withReason("samenhang met wijkaanpak")))
                .expectEvents(new WerkwijzeChosenEvent(ID, Werkwijze.PROGRAMMA, Werkwijze.PROJECT, true,
                        PB.withReason("samenhang met wijkaanpak")));
    }

    @Test
    void assigningARoleNeedsAReason() {
        fixture.given(lopendProject())
                .when(new AssignRolCommand(ID, Rol.STURINGSPROFESSIONAL, "pl", PB.withReason(null)))
                .expectException(refusedWith(ErrorCode.REASON_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void aSturingsdriehoekRoleHasOneHolderAtATime() {
        fixture.given(lopendProject())
                .when(new AssignRolCommand(ID, Rol.AMBTELIJK_OPDRACHTGEVER, "ander", PB))
                .expectException(refusedWith(ErrorCode.ROL_ALREADY_HELD))
                .expectNoEvents();
    }

    @Test
    void endingARoleThatIsNotHeldIsRefused() {
        fixture.given(lopendProject())
                .when(new EndRolCommand(ID, Rol.STURINGSPROFESSIONAL, "niemand", PB))
                .expectException(refusedWith(ErrorCode.ROL_NOT_HELD))
                .expectNoEvents();
    }

    @Test
    void endsARole() {
        fixture.given(lopendProject())
                .when(new EndRolCommand(ID, Rol.AMBTELIJK_OPDRACHTGEVER, "aog", PB))
                .expectEvents(new RolEndedEvent(ID, Rol.AMBTELIJK_OPDRACHTGEVER, "aog", PB));
    }

    @Test
    void opensTheGateTheModelNamesInTheCurrentPhase() {
        fixture.given(lopendProject())
                .when(new OpenGateCommand(ID, "initiatief", "Go/no-go na initiatief", "startdocument",
                        Rol.AMBTELIJK_OPDRACHTGEVER, List.of("GO", "NO_GO", "OVERDOEN"), PROCES))
                .expectEvents(GATE_INITIATIEF);
    }

    @Test
    void decidesAGateByTheRoleTheModelNamesOnTheRequiredDocument() {
        fixture.given(lopendProject()).andGiven(GATE_INITIATIEF, STARTDOCUMENT)
                .when(new DecideGateCommand(ID, "initiatief", "GO", null, by("aog", "startdocument is helder")))
                .expectEvents(new GateDecidedEvent(ID, "initiatief", "Go/no-go na initiatief", "initiatief", "GO",
                        "doc-1", "startdocument", "1.0", "a".repeat(64),
                        new Attribution("aog", "AMBTELIJK_OPDRACHTGEVER", T, "startdocument is helder")));
    }

    @Test
    void rejectsDecisionWithoutMandate() {
        fixture.given(lopendProject()).andGiven(GATE_INITIATIEF, STARTDOCUMENT)
                .when(new DecideGateCommand(ID, "initiatief", "GO", null, by("pl", "graag door")))
                .expectException(refusedWith(ErrorCode.NO_MANDATE))
                .expectExceptionMessage(Matchers.predicate(m -> m.toString().contains("AMBTELIJK_OPDRACHTGEVER")))
                .expectNoEvents();
    }

    @Test
    void rejectsDecisionWithoutRationale() {
        fixture.given(lopendProject()).andGiven(GATE_INITIATIEF, STARTDOCUMENT)
                .when(new DecideGateCommand(ID, "initiatief", "GO", null, by("aog", "")))
                .expectException(refusedWith(ErrorCode.RATIONALE_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void rejectsDecisionWithoutTheRequiredDocument() {
        fixture.given(lopendProject()).andGiven(GATE_INITIATIEF)
                .when(new DecideGateCommand(ID, "initiatief", "GO", null, by("aog", "akkoord")))
                .expectException(refusedWith(ErrorCode.DOCUMENT_REQUIRED))
                .expectExceptionMessage(Matchers.predicate(m -> m.toString().contains("startdocument")))
                .expectNoEvents();
    }

    @Test
    void rejectsAnOutcomeTheModelDoesNotOffer() {
        fixture.given(lopendProject()).andGiven(GATE_INITIATIEF, STARTDOCUMENT)
                .when(new DecideGateCommand(ID, "initiatief", "MISSCHIEN", null, by("aog", "twijfel")))
                .expectException(refusedWith(ErrorCode.UNKNOWN_OUTCOME))
                .expectNoEvents();
    }

    @Test
    void rejectsADecisionWhenNoGateIsOpen() {
        fixture.given(lopendProject())
                .when(new DecideGateCommand(ID, "initiatief", "GO", null, by("aog", "akkoord")))
                .expectException(refusedWith(ErrorCode.GATE_NOT_OPEN))
                .expectNoEvents();
    }

    @Test
    void rejectsASecondDecisionOnTheSameGate() {
        fixture.given(lopendProject()).andGiven(GATE_INITIATIEF, STARTDOCUMENT,
                        new GateDecidedEvent(ID, "initiatief", "Go/no-go na initiatief", "initiatief", "GO", "doc-1",
                                "startdocument", "1.0", "a".repeat(64), new Attribution("aog", "AMBTELIJK_OPDRACHTGEVER", T, "ok")))
                .when(new DecideGateCommand(ID, "initiatief", "NO_GO", null, by("aog", "toch niet")))
                .expectException(refusedWith(ErrorCode.GATE_ALREADY_DECIDED))
                .expectNoEvents();
    }

    @Test
    void aRetriedJobDoesNotOpenTheSameGateTwice() {
        fixture.given(lopendProject()).andGiven(GATE_INITIATIEF)
                .when(new OpenGateCommand(ID, "initiatief", "Go/no-go na initiatief", "startdocument",
                        Rol.AMBTELIJK_OPDRACHTGEVER, List.of("GO", "NO_GO", "OVERDOEN"), PROCES))
                .expectNoEvents();
    }

    @Test
    void aRedoneFaseCountsItsRepetitions() {
        fixture.given(lopendProject())
                .when(new StartFaseCommand(ID, "initiatief", "Initiatief", PROCES))
                .expectEvents(new FaseStartedEvent(ID, "initiatief", "Initiatief", 1, PROCES));
    }

    @Test
    void aClosedOpgaveTakesNoMoreChanges() {
        fixture.given(lopendProject()).andGiven(new OpgaveClosedEvent(ID, OpgaveStatus.GESTOPT, PROCES))
                .when(new AttachDocumentCommand(ID, "d", "notitie", "1", "b".repeat(64), "ref", PB))
                .expectException(refusedWith(ErrorCode.OPGAVE_CLOSED))
                .expectNoEvents();
    }

    @Test
    void attachingADocumentNeedsARoleOnTheOpgave() {
        fixture.given(lopendProject())
                .when(new AttachDocumentCommand(ID, "d", "startdocument", "1", "b".repeat(64), "ref", by("buitenstaander", null)))
                .expectException(refusedWith(ErrorCode.NO_MANDATE))
                .expectNoEvents();
    }

    @Test
    void aDocumentIsAttachedInTheRoleTheActorHoldsOnTheOpgave() {
        fixture.given(lopendProject())
                .when(new AttachDocumentCommand(ID, "d", "startdocument", "1", "b".repeat(64), "ref", by("aog", null)))
                .expectEvents(new DocumentAttachedEvent(ID, "d", "startdocument", "1", "b".repeat(64), "ref",
                        new Attribution("aog", "AMBTELIJK_OPDRACHTGEVER", T, null)));
    }

    @Test
    void closingTwiceIsANoOp() {
        fixture.given(lopendProject()).andGiven(new OpgaveClosedEvent(ID, OpgaveStatus.AFGEROND, PROCES))
                .when(new CloseOpgaveCommand(ID, OpgaveStatus.AFGEROND, PROCES))
                .expectNoEvents();
    }

    @Test
    void oneWerkwijzeChoiceLinksOneProcessInstance() {
        ProcessLinkedEvent linked = new ProcessLinkedEvent(ID, "project", 1, 10L, 100L, PROCES, ID + "/keuze-1");
        // the same link again (a retried command): nothing new
        fixture.given(lopendProject()).andGiven(linked)
                .when(new LinkProcessCommand(ID, "project", 1, 10L, 100L, PROCES, ID + "/keuze-1"))
                .expectNoEvents();
        // a second instance for the same choice (a start redelivered after a crash) is refused; the first stays
        fixture.given(lopendProject()).andGiven(linked)
                .when(new LinkProcessCommand(ID, "project", 1, 10L, 200L, PROCES, ID + "/keuze-1"))
                .expectException(refusedWith(ErrorCode.PROCESS_ALREADY_LINKED))
                .expectNoEvents();
        // another choice (a switch of werkwijze) links its own instance
        fixture.given(lopendProject()).andGiven(linked)
                .when(new LinkProcessCommand(ID, "programma", 1, 20L, 300L, PROCES, ID + "/keuze-2"))
                .expectEvents(new ProcessLinkedEvent(ID, "programma", 1, 20L, 300L, PROCES, ID + "/keuze-2"));
    }
}
