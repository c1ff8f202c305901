package nl.opgaveengine.command.opgave;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.DecideGateCommand;
import nl.opgaveengine.api.opgave.DocumentAttachedEvent;
import nl.opgaveengine.api.opgave.FaseStartedEvent;
import nl.opgaveengine.api.opgave.GateDecidedEvent;
import nl.opgaveengine.api.opgave.GateOpenedEvent;
import nl.opgaveengine.api.opgave.GatePlannedEvent;
import nl.opgaveengine.api.opgave.IntakeRecordedEvent;
import nl.opgaveengine.api.opgave.OpenGateCommand;
import nl.opgaveengine.api.opgave.OpgaveRegisteredEvent;
import nl.opgaveengine.api.opgave.PlanGateCommand;
import nl.opgaveengine.api.opgave.Rol;
import nl.opgaveengine.api.opgave.RolAssignedEvent;
import nl.opgaveengine.api.opgave.Voorscheider;
import nl.opgaveengine.api.opgave.Werkwijze;
import nl.opgaveengine.api.opgave.WerkwijzeChosenEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A gate's due date: from the model when it opens, moved by the project office with a reason, late when passed. */
class OpgaveGatePlanningTest {

    private static final String ID = "opgave-1";
    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant VIER_WEKEN = Instant.parse("2026-03-30T09:00:00Z");
    private static final Attribution PB = new Attribution("pb", "PROJECTBUREAU", T, "reden");
    private static final Attribution PROCES = Attribution.byProcess("procesmodel project", T);
    private static final Voorscheider.Antwoorden ANTWOORDEN = new Voorscheider.Antwoorden(
            Voorscheider.Idee.BEKEND, Voorscheider.Netwerk.VOORSPELBAAR, Voorscheider.Besluitvorming.GERICHT, 4, 3, false);
    private static final List<String> UITKOMSTEN = List.of("GO", "NO_GO", "OVERDOEN");
    private static final GateOpenedEvent GATE = new GateOpenedEvent(ID, "initiatief", "Go/no-go na initiatief",
            "initiatief", "startdocument", Rol.AMBTELIJK_OPDRACHTGEVER, UITKOMSTEN, PROCES, "sleutel", VIER_WEKEN);
    private static final DocumentAttachedEvent DOC = new DocumentAttachedEvent(ID, "doc-1", "startdocument", "1.0",
            "a".repeat(64), "dms://startdocument/1", PB);

    private FixtureConfiguration<Opgave> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Opgave.class);
        fixture.registerInjectableResource(new nl.opgaveengine.command.gebied.Gebiedenlijst(
                org.axonframework.eventsourcing.eventstore.EmbeddedEventStore.builder()
                        .storageEngine(new org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine())
                        .build()));
    }

    private static Object[] inInitiatief(Object... more) {
        List<Object> events = new java.util.ArrayList<>(List.of(
                new OpgaveRegisteredEvent(ID, "Klimaatadaptief Oost", "", "klimaat", "Oost", "wethouder", PB),
                new IntakeRecordedEvent(ID, ANTWOORDEN, nl.opgaveengine.command.opgave.IntakeAdvisor.advise(ANTWOORDEN), PB),
                new WerkwijzeChosenEvent(ID, Werkwijze.PROJECT, Werkwijze.PROJECT, false, PB),
                new RolAssignedEvent(ID, Rol.AMBTELIJK_OPDRACHTGEVER, "aog", PB),
                new FaseStartedEvent(ID, "initiatief", "Initiatief", 0, PROCES)));
        events.addAll(List.of(more));
        return events.toArray();
    }

    private static Matcher<?> refusedWith(ErrorCode code) {
        return Matchers.predicate(e -> e instanceof BusinessRuleException b && b.code() == code);
    }

    @Test
    void theGateOpensWithTheDueDateTheModelGives() {
        fixture.given(inInitiatief())
                .when(new OpenGateCommand(ID, "initiatief", "Go/no-go na initiatief", "startdocument",
                        Rol.AMBTELIJK_OPDRACHTGEVER, UITKOMSTEN, PROCES, "sleutel", VIER_WEKEN))
                .expectEvents(GATE);
    }

    @Test
    void theProjectOfficeMovesTheDueDateWithAReason() {
        Instant later = Instant.parse("2026-04-15T17:00:00Z");
        Attribution pb = PB.withReason("Collegevergadering schuift op");
        fixture.given(inInitiatief(GATE))
                .when(new PlanGateCommand(ID, "initiatief", later, pb))
                .expectEvents(new GatePlannedEvent(ID, "initiatief", "Go/no-go na initiatief", later, VIER_WEKEN, pb));
    }

    @Test
    void movingNeedsAReason() {
        fixture.given(inInitiatief(GATE))
                .when(new PlanGateCommand(ID, "initiatief", Instant.parse("2026-04-15T17:00:00Z"), PB.withReason(" ")))
                .expectException(refusedWith(ErrorCode.REASON_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void onlyTheOpenGateCanBePlanned() {
        fixture.given(inInitiatief(GATE))
                .when(new PlanGateCommand(ID, "definitie", Instant.parse("2026-04-15T17:00:00Z"), PB))
                .expectException(refusedWith(ErrorCode.GATE_NOT_OPEN))
                .expectNoEvents();
    }

    @Test
    void aGateCannotBeDueBeforeItOpened() {
        fixture.given(inInitiatief(GATE))
                .when(new PlanGateCommand(ID, "initiatief", T.minusSeconds(3600), PB))
                .expectException(refusedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void aDecisionAfterTheMovedDueDateIsLateAndSaysWhichDateItMissed() {
        Instant moved = Instant.parse("2026-04-01T17:00:00Z");
        Instant decidedAt = Instant.parse("2026-04-03T10:00:00Z");
        Attribution aog = new Attribution("aog", "AMBTELIJK_OPDRACHTGEVER", decidedAt, "Startdocument is helder");
        fixture.given(inInitiatief(GATE, DOC,
                        new GatePlannedEvent(ID, "initiatief", "Go/no-go na initiatief", moved, VIER_WEKEN, PB)))
                .when(new DecideGateCommand(ID, "initiatief", "GO", null, aog.withRole(null)))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.predicate(e -> e instanceof GateDecidedEvent d && moved.equals(d.uiterlijkOp())
                                && d.teLaat()),
                        Matchers.andNoMore())));
    }

    @Test
    void aDecisionBeforeTheDueDateIsNotLate() {
        GateDecidedEvent onTime = new GateDecidedEvent(ID, "initiatief", "n", "initiatief", "GO", null, null, null,
                null, new Attribution("aog", "AMBTELIJK_OPDRACHTGEVER", T.plusSeconds(60), "ok"), "sleutel", VIER_WEKEN);
        GateDecidedEvent withoutDueDate = new GateDecidedEvent(ID, "initiatief", "n", "initiatief", "GO", null, null,
                null, null, new Attribution("aog", "AMBTELIJK_OPDRACHTGEVER", T.plusSeconds(60), "ok"), "sleutel", null);
        assertThat(onTime.teLaat()).isFalse();
        assertThat(withoutDueDate.teLaat()).isFalse();
    }
}
