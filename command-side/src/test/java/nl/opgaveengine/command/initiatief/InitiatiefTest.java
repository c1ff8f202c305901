package nl.opgaveengine.command.initiatief;

import java.time.Instant;
import java.util.List;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.api.initiatief.AnswerInitiatiefnemerCommand;
import nl.opgaveengine.api.initiatief.AssessInitiatiefCommand;
import nl.opgaveengine.api.initiatief.Beoordeling;
import nl.opgaveengine.api.initiatief.ConvertInitiatiefCommand;
import nl.opgaveengine.api.initiatief.InitiatiefAssessedEvent;
import nl.opgaveengine.api.initiatief.InitiatiefConvertedEvent;
import nl.opgaveengine.api.initiatief.InitiatiefSubmittedEvent;
import nl.opgaveengine.api.initiatief.InitiatiefnemerAnsweredEvent;
import nl.opgaveengine.api.initiatief.InitiatiefnemerSoort;
import nl.opgaveengine.api.initiatief.Kader;
import nl.opgaveengine.api.initiatief.KadersPublishedEvent;
import nl.opgaveengine.api.initiatief.Strategie;
import nl.opgaveengine.api.initiatief.SubmitInitiatiefCommand;
import nl.opgaveengine.api.initiatief.Toetsing;
import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.command.gebied.Gebiedenlijst;
import nl.opgaveengine.command.portfolio.KnownAggregates;
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

/** The rules of an initiative: frames first, assessment against all four frames, acceptance only within them. */
class InitiatiefTest {

    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    private static final String ID = "init-1";
    private static final Attribution BEWONER = new Attribution("els", null, T, null);
    private static final Attribution COLLEGE = new Attribution("burgemeester", "COLLEGE", T, "Past in het wijkplan");
    private static final Attribution PB = new Attribution("anna", "PROJECTBUREAU", T, "Naar intake");
    private static final KadersPublishedEvent KADERS = new KadersPublishedEvent("initiatiefkaders", 2,
            List.of("groen", "klimaat"), List.of(InitiatiefnemerSoort.BEWONER), List.of("Draagvlak in de buurt"),
            List.of("Procesbegeleiding"), COLLEGE);
    private static final InitiatiefSubmittedEvent SUBMITTED = new InitiatiefSubmittedEvent(ID, "Geveltuinen",
            "Geveltuinen in de Bloemenbuurt", "groen", "Oost", "els", InitiatiefnemerSoort.BEWONER, null,
            "Tegels wippen", 2, new Attribution("els", "INITIATIEFNEMER", T, "Initiatief ingediend"));
    private static final List<Toetsing> ALLES_GOED = List.of(new Toetsing(Kader.INHOUD, true, "Groen is welkom"),
            new Toetsing(Kader.ACTOREN, true, null), new Toetsing(Kader.PROCEDURES, true, "Buren tekenen"),
            new Toetsing(Kader.ONDERSTEUNING, true, null));
    private static final InitiatiefAssessedEvent AANVAARD = new InitiatiefAssessedEvent(ID, 2, ALLES_GOED,
            Beoordeling.AANVAARD, Strategie.COPRODUCTIEF, COLLEGE);

    private EventStore store;
    private FixtureConfiguration<Initiatief> fixture;

    @BeforeEach
    void setUp() {
        store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        store.publish(new GenericDomainEventMessage<>("Gebied", "gebied:oost", 0, "registered"));
        fixture = new AggregateTestFixture<>(Initiatief.class);
        fixture.registerInjectableResource(new GepubliceerdeKaders(store));
        fixture.registerInjectableResource(new KnownAggregates(store));
        fixture.registerInjectableResource(new Gebiedenlijst(store));
    }

    private void publishKaders() {
        store.publish(new GenericDomainEventMessage<>("Initiatiefkaders", "initiatiefkaders", 0,
                new KadersPublishedEvent("initiatiefkaders", 1, List.of("groen"), List.of(InitiatiefnemerSoort.BEWONER),
                        List.of(), List.of(), COLLEGE)));
        store.publish(new GenericDomainEventMessage<>("Initiatiefkaders", "initiatiefkaders", 1, KADERS));
    }

    @Test
    void nothingCanBeSubmittedBeforeTheFramesArePublished() {
        fixture.givenNoPriorActivity()
                .when(new SubmitInitiatiefCommand(ID, "Geveltuinen", "x", "groen", null, InitiatiefnemerSoort.BEWONER,
                        null, null, BEWONER))
                .expectException(refusal(ErrorCode.KADERS_NOT_PUBLISHED, null));
    }

    @Test
    void anInitiatorSubmitsUnderTheLatestFramesInAKnownArea() {
        publishKaders();
        fixture.givenNoPriorActivity()
                .when(new SubmitInitiatiefCommand(ID, "Geveltuinen", "Geveltuinen in de Bloemenbuurt", "groen", "Oost",
                        InitiatiefnemerSoort.BEWONER, null, "Tegels wippen", BEWONER))
                .expectEvents(SUBMITTED);
        fixture.givenNoPriorActivity()
                .when(new SubmitInitiatiefCommand(ID, "Geveltuinen", "x", "groen", "Atlantis",
                        InitiatiefnemerSoort.BEWONER, null, null, BEWONER))
                .expectException(refusal(ErrorCode.GEBIED_NOT_ON_LIST, "gebied"));
    }

    @Test
    void theInitiatorMayBelongToAnAreaOnTheListAndTakesItIntoTheOpgave() {
        publishKaders();
        InitiatiefSubmittedEvent metGebied = new InitiatiefSubmittedEvent(ID, "Geveltuinen",
                "Geveltuinen in de Bloemenbuurt", "groen", "Oost", "els", InitiatiefnemerSoort.BEWONER, null,
                "Tegels wippen", 2, new Attribution("els", "INITIATIEFNEMER", T, "Initiatief ingediend"), "Oost");
        fixture.givenNoPriorActivity()
                .when(new SubmitInitiatiefCommand(ID, "Geveltuinen", "Geveltuinen in de Bloemenbuurt", "groen", "Oost",
                        InitiatiefnemerSoort.BEWONER, null, "Tegels wippen", BEWONER, "Oost"))
                .expectEvents(metGebied);
        fixture.givenNoPriorActivity()
                .when(new SubmitInitiatiefCommand(ID, "Geveltuinen", "x", "groen", "Oost",
                        InitiatiefnemerSoort.BEWONER, null, null, BEWONER, "Atlantis"))
                .expectException(refusal(ErrorCode.GEBIED_NOT_ON_LIST, "initiatiefnemerGebied"));
        fixture.given(metGebied, AANVAARD)
                .when(new ConvertInitiatiefCommand(ID, "opgave-1", PB))
                .expectEvents(new InitiatiefConvertedEvent(ID, "opgave-1", "Geveltuinen", "Geveltuinen in de Bloemenbuurt",
                        "groen", "Oost", "els", Strategie.COPRODUCTIEF, PB, "Oost"));
    }

    @Test
    void anAcceptanceNeedsEveryFrameMetAndAStrategy() {
        publishKaders();
        fixture.given(SUBMITTED)
                .when(new AssessInitiatiefCommand(ID, ALLES_GOED, Beoordeling.AANVAARD, Strategie.COPRODUCTIEF, COLLEGE))
                .expectEvents(AANVAARD);
        fixture.given(SUBMITTED)
                .when(new AssessInitiatiefCommand(ID, ALLES_GOED, Beoordeling.AANVAARD, null, COLLEGE))
                .expectException(refusal(ErrorCode.INVALID_INPUT, "strategie"));
        List<Toetsing> zonderSteun = List.of(ALLES_GOED.get(0), ALLES_GOED.get(1), ALLES_GOED.get(2),
                new Toetsing(Kader.ONDERSTEUNING, false, "Wij leveren geen tegelwippers"));
        fixture.given(SUBMITTED)
                .when(new AssessInitiatiefCommand(ID, zonderSteun, Beoordeling.AANVAARD, Strategie.COOPERATIEF, COLLEGE))
                .expectException(refusal(ErrorCode.NOT_WITHIN_KADERS, "beoordeling"));
        fixture.given(SUBMITTED)
                .when(new AssessInitiatiefCommand(ID, zonderSteun, Beoordeling.AFGEWEZEN, Strategie.COOPERATIEF,
                        COLLEGE.withReason("Buiten de kaders")))
                .expectEvents(new InitiatiefAssessedEvent(ID, 2, zonderSteun, Beoordeling.AFGEWEZEN, null,
                        COLLEGE.withReason("Buiten de kaders")));
    }

    @Test
    void everyFrameIsAssessedOnceAndAFailedFrameSaysWhy() {
        publishKaders();
        fixture.given(SUBMITTED)
                .when(new AssessInitiatiefCommand(ID, ALLES_GOED.subList(0, 3), Beoordeling.AFGEWEZEN, null, COLLEGE))
                .expectException(refusal(ErrorCode.INVALID_INPUT, "toetsingen"));
        fixture.given(SUBMITTED)
                .when(new AssessInitiatiefCommand(ID, List.of(ALLES_GOED.get(0), ALLES_GOED.get(0)),
                        Beoordeling.AFGEWEZEN, null, COLLEGE))
                .expectException(refusal(ErrorCode.INVALID_INPUT, "toetsingen[1].kader"));
        fixture.given(SUBMITTED)
                .when(new AssessInitiatiefCommand(ID, List.of(new Toetsing(Kader.INHOUD, false, null)),
                        Beoordeling.AFGEWEZEN, null, COLLEGE))
                .expectException(refusal(ErrorCode.REASON_REQUIRED, "toetsingen[0].toelichting"));
        fixture.given(SUBMITTED)
                .when(new AssessInitiatiefCommand(ID, ALLES_GOED, Beoordeling.AANVAARD, Strategie.COOPERATIEF,
                        COLLEGE.withReason(null)))
                .expectException(refusal(ErrorCode.REASON_REQUIRED, "reden"));
    }

    @Test
    void theInitiatorCannotAssessAndAnInitiativeIsAssessedOnce() {
        publishKaders();
        fixture.given(SUBMITTED)
                .when(new AssessInitiatiefCommand(ID, ALLES_GOED, Beoordeling.AANVAARD, Strategie.COOPERATIEF,
                        BEWONER.withReason("Goed idee")))
                .expectException(refusal(ErrorCode.NO_MANDATE, null));
        fixture.given(SUBMITTED, AANVAARD)
                .when(new AssessInitiatiefCommand(ID, ALLES_GOED, Beoordeling.AFGEWEZEN, null, COLLEGE))
                .expectException(refusal(ErrorCode.INITIATIEF_ALREADY_ASSESSED, null));
    }

    @Test
    void theAnswerFollowsTheAssessment() {
        fixture.given(SUBMITTED)
                .when(new AnswerInitiatiefnemerCommand(ID, "Welkom", COLLEGE))
                .expectException(refusal(ErrorCode.INITIATIEF_NOT_ASSESSED, null));
        fixture.given(SUBMITTED, AANVAARD)
                .when(new AnswerInitiatiefnemerCommand(ID, "Welkom, wij denken mee", PB))
                .expectEvents(new InitiatiefnemerAnsweredEvent(ID, "els", Beoordeling.AANVAARD,
                        "Welkom, wij denken mee", PB));
    }

    @Test
    void onlyAnAcceptedInitiativeBecomesAnOpgaveAndOnlyOnce() {
        InitiatiefConvertedEvent converted = new InitiatiefConvertedEvent(ID, "opg-1", "Geveltuinen",
                "Geveltuinen in de Bloemenbuurt", "groen", "Oost", "els", Strategie.COPRODUCTIEF, PB);
        fixture.given(SUBMITTED, AANVAARD).when(new ConvertInitiatiefCommand(ID, "opg-1", PB)).expectEvents(converted);
        fixture.given(SUBMITTED, AANVAARD, converted).when(new ConvertInitiatiefCommand(ID, "opg-2", PB))
                .expectException(refusal(ErrorCode.INITIATIEF_ALREADY_CONVERTED, null));
        fixture.given(SUBMITTED, new InitiatiefAssessedEvent(ID, 2, ALLES_GOED, Beoordeling.AFGEWEZEN, null, COLLEGE))
                .when(new ConvertInitiatiefCommand(ID, "opg-1", PB))
                .expectException(refusal(ErrorCode.INITIATIEF_NOT_ACCEPTED, null));
        fixture.given(SUBMITTED, AANVAARD).when(new ConvertInitiatiefCommand(ID, "opg-1", COLLEGE))
                .expectException(refusal(ErrorCode.NO_MANDATE, null));
    }

    private static Matcher<?> refusal(ErrorCode code, String veld) {
        return Matchers.predicate(e -> e instanceof BusinessRuleException b && b.code() == code
                && (veld == null || veld.equals(b.details().get("veld"))));
    }
}
