package nl.opgaveengine.command.opgave;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.DecideGateCommand;
import nl.opgaveengine.api.opgave.DelegateMandaatCommand;
import nl.opgaveengine.api.opgave.DocumentAttachedEvent;
import nl.opgaveengine.api.opgave.EndRolCommand;
import nl.opgaveengine.api.opgave.FaseStartedEvent;
import nl.opgaveengine.api.opgave.GateDecidedEvent;
import nl.opgaveengine.api.opgave.GateOpenedEvent;
import nl.opgaveengine.api.opgave.HandOverRolCommand;
import nl.opgaveengine.api.opgave.IntakeRecordedEvent;
import nl.opgaveengine.api.opgave.MandaatDelegatedEvent;
import nl.opgaveengine.api.opgave.MandaatRevokedEvent;
import nl.opgaveengine.api.opgave.OpgaveRegisteredEvent;
import nl.opgaveengine.api.opgave.RevokeMandaatCommand;
import nl.opgaveengine.api.opgave.Rol;
import nl.opgaveengine.api.opgave.RolAssignedEvent;
import nl.opgaveengine.api.opgave.RolEndedEvent;
import nl.opgaveengine.api.opgave.RolHandedOverEvent;
import nl.opgaveengine.api.opgave.Voorscheider;
import nl.opgaveengine.api.opgave.Werkwijze;
import nl.opgaveengine.api.opgave.WerkwijzeChosenEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mandates, delegation and succession on the Opgave aggregate, each as given/when/then. */
class OpgaveMandaatTest {

    private static final String ID = "opgave-1";
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant WEEK_LATER = T.plus(Duration.ofDays(7));
    private static final Attribution PB = new Attribution("pb", "PROJECTBUREAU", T, "Collegebesluit");
    private static final Attribution PROCES = Attribution.byProcess("procesmodel project", T);
    private static final Voorscheider.Antwoorden ANTWOORDEN = new Voorscheider.Antwoorden(
            Voorscheider.Idee.BEKEND, Voorscheider.Netwerk.VOORSPELBAAR, Voorscheider.Besluitvorming.GERICHT, 4, 3, false);
    private static final GateOpenedEvent GATE_DEFINITIE = new GateOpenedEvent(ID, "definitie", "Go/no-go na definitie",
            "definitie", "projectplan", Rol.BESTUURLIJK_OPDRACHTGEVER, List.of("GO", "NO_GO"), PROCES);
    private static final DocumentAttachedEvent PROJECTPLAN = new DocumentAttachedEvent(ID, "doc-1", "projectplan",
            "1.0", "a".repeat(64), "dms://projectplan/1", PB);
    private static final MandaatDelegatedEvent MANDAAT = new MandaatDelegatedEvent(ID, "m-1",
            Rol.BESTUURLIJK_OPDRACHTGEVER, "wethouder", "loco", T, WEEK_LATER,
            new Attribution("wethouder", "BESTUURLIJK_OPDRACHTGEVER", T, "Vakantie"));

    private FixtureConfiguration<Opgave> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Opgave.class);
        fixture.registerInjectableResource(new nl.opgaveengine.command.gebied.Gebiedenlijst(
                org.axonframework.eventsourcing.eventstore.EmbeddedEventStore.builder()
                        .storageEngine(new org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine())
                        .build()));
    }

    private static Object[] lopendProject() {
        return new Object[]{
                new OpgaveRegisteredEvent(ID, "Klimaatadaptief Oost", "", "klimaat", "Oost", "wethouder", PB),
                new IntakeRecordedEvent(ID, ANTWOORDEN, IntakeAdvisor.advise(ANTWOORDEN), PB),
                new WerkwijzeChosenEvent(ID, Werkwijze.PROJECT, Werkwijze.PROJECT, false, PB),
                new RolAssignedEvent(ID, Rol.BESTUURLIJK_OPDRACHTGEVER, "wethouder", PB),
                new FaseStartedEvent(ID, "definitie", "Definitie", 0, PROCES)};
    }

    private static Attribution by(String actor, Instant at, String reason) {
        return new Attribution(actor, null, at, reason);
    }

    private static Matcher<?> refusedWith(ErrorCode code) {
        return Matchers.predicate(e -> e instanceof BusinessRuleException b && b.code() == code);
    }

    @Test
    void aRoleHolderDelegatesTheDecisionMandateToANamedPersonForAPeriod() {
        fixture.given(lopendProject())
                .when(new DelegateMandaatCommand(ID, "m-1", Rol.BESTUURLIJK_OPDRACHTGEVER, "loco", null, WEEK_LATER,
                        by("wethouder", T, "Vakantie")))
                .expectEvents(MANDAAT);
    }

    @Test
    void onlyTheRoleHolderCanDelegateItsMandate() {
        fixture.given(lopendProject())
                .when(new DelegateMandaatCommand(ID, "m-1", Rol.BESTUURLIJK_OPDRACHTGEVER, "loco", null, WEEK_LATER,
                        by("loco", T, "Ik neem het wel")))
                .expectException(refusedWith(ErrorCode.NOT_MANDAATGEVER))
                .expectNoEvents();
    }

    @Test
    void aDelegationNeedsAReasonAPeriodInTheFutureAndSomeoneElse() {
        fixture.given(lopendProject())
                .when(new DelegateMandaatCommand(ID, "m", Rol.BESTUURLIJK_OPDRACHTGEVER, "loco", null, WEEK_LATER,
                        by("wethouder", T, " ")))
                .expectException(refusedWith(ErrorCode.REASON_REQUIRED)).expectNoEvents();
        fixture.given(lopendProject())
                .when(new DelegateMandaatCommand(ID, "m", Rol.BESTUURLIJK_OPDRACHTGEVER, "loco", null,
                        T.minusSeconds(1), by("wethouder", T, "Vakantie")))
                .expectException(refusedWith(ErrorCode.MANDAAT_INVALID)).expectNoEvents();
        fixture.given(lopendProject())
                .when(new DelegateMandaatCommand(ID, "m", Rol.BESTUURLIJK_OPDRACHTGEVER, "wethouder", null,
                        WEEK_LATER, by("wethouder", T, "Vakantie")))
                .expectException(refusedWith(ErrorCode.MANDAAT_INVALID)).expectNoEvents();
    }

    @Test
    void aDecisionUnderDelegationRecordsBothNames() {
        Instant during = T.plus(Duration.ofDays(2));
        fixture.given(lopendProject()).andGiven(MANDAAT, GATE_DEFINITIE, PROJECTPLAN)
                .when(new DecideGateCommand(ID, "definitie", "GO", null, by("loco", during, "Plan is helder")))
                .expectEvents(new GateDecidedEvent(ID, "definitie", "Go/no-go na definitie", "definitie", "GO",
                        "doc-1", "projectplan", "1.0", "a".repeat(64),
                        new Attribution("loco", "BESTUURLIJK_OPDRACHTGEVER", during, "Plan is helder",
                                new Attribution.Namens("wethouder", "m-1"))));
    }

    @Test
    void aMandateOutsideItsPeriodGivesNoMandate() {
        fixture.given(lopendProject()).andGiven(MANDAAT, GATE_DEFINITIE, PROJECTPLAN)
                .when(new DecideGateCommand(ID, "definitie", "GO", null, by("loco", WEEK_LATER, "Te laat")))
                .expectException(refusedWith(ErrorCode.NO_MANDATE))
                .expectNoEvents();
    }

    @Test
    void aRevokedMandateGivesNoMandate() {
        Attribution revoke = new Attribution("wethouder", "BESTUURLIJK_OPDRACHTGEVER", T, "Terug van vakantie");
        fixture.given(lopendProject()).andGiven(MANDAAT,
                        new MandaatRevokedEvent(ID, "m-1", Rol.BESTUURLIJK_OPDRACHTGEVER, "wethouder", "loco", revoke),
                        GATE_DEFINITIE, PROJECTPLAN)
                .when(new DecideGateCommand(ID, "definitie", "GO", null, by("loco", T.plusSeconds(60), "Toch")))
                .expectException(refusedWith(ErrorCode.NO_MANDATE))
                .expectNoEvents();
    }

    @Test
    void theMandaatgeverRevokesAMandate() {
        fixture.given(lopendProject()).andGiven(MANDAAT)
                .when(new RevokeMandaatCommand(ID, "m-1", by("wethouder", T, "Terug van vakantie")))
                .expectEvents(new MandaatRevokedEvent(ID, "m-1", Rol.BESTUURLIJK_OPDRACHTGEVER, "wethouder", "loco",
                        new Attribution("wethouder", "BESTUURLIJK_OPDRACHTGEVER", T, "Terug van vakantie")));
    }

    @Test
    void theGemachtigdeCannotRevokeOrPassOnTheMandate() {
        fixture.given(lopendProject()).andGiven(MANDAAT)
                .when(new RevokeMandaatCommand(ID, "m-1", by("loco", T, "Liever niet")))
                .expectException(refusedWith(ErrorCode.NOT_MANDAATGEVER)).expectNoEvents();
        fixture.given(lopendProject()).andGiven(MANDAAT)
                .when(new DelegateMandaatCommand(ID, "m-2", Rol.BESTUURLIJK_OPDRACHTGEVER, "derde", null, WEEK_LATER,
                        by("loco", T, "Doorgeven")))
                .expectException(refusedWith(ErrorCode.NOT_MANDAATGEVER)).expectNoEvents();
    }

    @Test
    void endingTheRoleLetsItsMandatesLapse() {
        fixture.given(lopendProject()).andGiven(MANDAAT)
                .when(new EndRolCommand(ID, Rol.BESTUURLIJK_OPDRACHTGEVER, "wethouder", PB))
                .expectEvents(new RolEndedEvent(ID, Rol.BESTUURLIJK_OPDRACHTGEVER, "wethouder", PB),
                        new MandaatRevokedEvent(ID, "m-1", Rol.BESTUURLIJK_OPDRACHTGEVER, "wethouder", "loco",
                                PB.withReason("De rol BESTUURLIJK_OPDRACHTGEVER van wethouder is beëindigd; het mandaat"
                                        + " vervalt (Collegebesluit)")));
    }

    @Test
    void aHandoverGivesTheOpenDecisionsToTheSuccessor() {
        fixture.given(lopendProject()).andGiven(GATE_DEFINITIE)
                .when(new HandOverRolCommand(ID, Rol.BESTUURLIJK_OPDRACHTGEVER, "wethouder", "nieuwe-wethouder", PB))
                .expectEvents(new RolEndedEvent(ID, Rol.BESTUURLIJK_OPDRACHTGEVER, "wethouder", PB),
                        new RolAssignedEvent(ID, Rol.BESTUURLIJK_OPDRACHTGEVER, "nieuwe-wethouder", PB),
                        new RolHandedOverEvent(ID, Rol.BESTUURLIJK_OPDRACHTGEVER, "wethouder", "nieuwe-wethouder",
                                List.of("definitie"), PB));
    }

    @Test
    void afterAHandoverTheSuccessorDecidesAndThePredecessorCannot() {
        Object[] handedOver = {GATE_DEFINITIE, PROJECTPLAN,
                new RolEndedEvent(ID, Rol.BESTUURLIJK_OPDRACHTGEVER, "wethouder", PB),
                new RolAssignedEvent(ID, Rol.BESTUURLIJK_OPDRACHTGEVER, "nieuwe-wethouder", PB),
                new RolHandedOverEvent(ID, Rol.BESTUURLIJK_OPDRACHTGEVER, "wethouder", "nieuwe-wethouder",
                        List.of("definitie"), PB)};
        fixture.given(lopendProject()).andGiven(handedOver)
                .when(new DecideGateCommand(ID, "definitie", "GO", null, by("wethouder", T, "Nog snel")))
                .expectException(refusedWith(ErrorCode.NO_MANDATE)).expectNoEvents();
        fixture.given(lopendProject()).andGiven(handedOver)
                .when(new DecideGateCommand(ID, "definitie", "GO", null, by("nieuwe-wethouder", T, "Akkoord")))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.predicate(e -> e instanceof GateDecidedEvent d
                                && "nieuwe-wethouder".equals(d.attribution().actor())
                                && d.attribution().namens() == null),
                        Matchers.andNoMore())));
    }

    @Test
    void aMandateFromAFormerHolderIsNoLongerValid() {
        fixture.given(lopendProject()).andGiven(MANDAAT, GATE_DEFINITIE, PROJECTPLAN,
                        new RolEndedEvent(ID, Rol.BESTUURLIJK_OPDRACHTGEVER, "wethouder", PB))
                .when(new DecideGateCommand(ID, "definitie", "GO", null, by("loco", T.plusSeconds(60), "Akkoord")))
                .expectException(refusedWith(ErrorCode.NO_MANDATE)).expectNoEvents();
    }
}
