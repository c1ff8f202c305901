package nl.opgaveengine.command.baten;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.opgaveengine.api.baten.AcceptBaatOverdrachtCommand;
import nl.opgaveengine.api.baten.BaatMetingRecordedEvent;
import nl.opgaveengine.api.baten.BaatOverdrachtAcceptedEvent;
import nl.opgaveengine.api.baten.BaatOverdrachtProposedEvent;
import nl.opgaveengine.api.baten.BaatRegisteredEvent;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.baten.MetingSoort;
import nl.opgaveengine.api.baten.OntvangerSoort;
import nl.opgaveengine.api.baten.ProposeBaatOverdrachtCommand;
import nl.opgaveengine.api.baten.RecordBaatMetingCommand;
import nl.opgaveengine.api.baten.RegisterBaatCommand;
import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of a baat: who registers, measures, proposes and accepts a handover; the owner survives the opgave. */
class BaatTest {

    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    private static final String BAAT = "baat-1";
    private static final String OPGAVE = "opgave-1";
    private static final Attribution PB = new Attribution("anna", "PROJECTBUREAU", T, "Batenprofiel");
    private static final BaatRegisteredEvent REGISTERED = new BaatRegisteredEvent(BAAT, OPGAVE, "Minder wateroverlast",
            "Klimaatbestendig", "meldingen", "aantal", BigDecimal.TEN, BigDecimal.ONE, LocalDate.parse("2027-12-31"),
            "piet", List.of(), PB);
    private static final BaatOverdrachtProposedEvent PROPOSED = new BaatOverdrachtProposedEvent(BAAT, OPGAVE, "piet",
            "lisa", OntvangerSoort.LIJNORGANISATIE, "Stadsbeheer", PB.withReason("Naar de lijn"));

    private FixtureConfiguration<Baat> fixture;

    @BeforeEach
    void setUp() {
        EventStore opgaven = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        opgaven.publish(new GenericDomainEventMessage<>("Opgave", OPGAVE, 0, "registered"));
        fixture = new AggregateTestFixture<>(Baat.class);
        fixture.registerInjectableResource(new KnownOpgaven(opgaven));
    }

    @Test
    void registersABaatOfAKnownOpgave() {
        fixture.givenNoPriorActivity()
                .when(new RegisterBaatCommand(BAAT, OPGAVE, "Minder wateroverlast", "Klimaatbestendig", "meldingen",
                        "aantal", BigDecimal.TEN, BigDecimal.ONE, LocalDate.parse("2027-12-31"), "piet", List.of(), PB))
                .expectEvents(REGISTERED);
    }

    @Test
    void refusesABaatOfAnUnknownOpgave() {
        fixture.givenNoPriorActivity()
                .when(new RegisterBaatCommand(BAAT, "onbekend", "t", "d", "i", null, null, BigDecimal.ONE,
                        LocalDate.parse("2027-12-31"), "piet", List.of(), PB))
                .expectException(refusal(ErrorCode.OPGAVE_NOT_FOUND));
    }

    @Test
    void refusesRegistrationWithoutAGlobalRole() {
        fixture.givenNoPriorActivity()
                .when(new RegisterBaatCommand(BAAT, OPGAVE, "t", "d", "i", null, null, BigDecimal.ONE,
                        LocalDate.parse("2027-12-31"), "piet", List.of(), new Attribution("piet", null, T, null)))
                .expectException(refusal(ErrorCode.NO_MANDATE));
    }

    @Test
    void theOwnerRecordsARealisedValue() {
        fixture.given(REGISTERED)
                .when(new RecordBaatMetingCommand(BAAT, MetingSoort.GEREALISEERD, LocalDate.parse("2026-06-30"),
                        BigDecimal.valueOf(8), new Attribution("piet", null, T, "Meting")))
                .expectEvents(new BaatMetingRecordedEvent(BAAT, OPGAVE, MetingSoort.GEREALISEERD,
                        LocalDate.parse("2026-06-30"), BigDecimal.valueOf(8), new Attribution("piet", "BAATEIGENAAR", T, "Meting")));
    }

    @Test
    void someoneElseWithoutARoleMayNotMeasure() {
        fixture.given(REGISTERED)
                .when(new RecordBaatMetingCommand(BAAT, MetingSoort.GEREALISEERD, LocalDate.parse("2026-06-30"),
                        BigDecimal.ONE, new Attribution("klaas", null, T, "Meting")))
                .expectException(refusal(ErrorCode.NO_MANDATE));
    }

    @Test
    void aHandoverNeedsAReasonAndOnlyOneIsOpenAtATime() {
        fixture.given(REGISTERED)
                .when(new ProposeBaatOverdrachtCommand(BAAT, "lisa", OntvangerSoort.LIJNORGANISATIE, "Stadsbeheer",
                        new Attribution("anna", "PROJECTBUREAU", T, null)))
                .expectException(refusal(ErrorCode.REASON_REQUIRED));
        fixture.given(REGISTERED, PROPOSED)
                .when(new ProposeBaatOverdrachtCommand(BAAT, "kees", OntvangerSoort.EINDGEBRUIKER, null, PB))
                .expectException(BusinessRuleException.class);
    }

    @Test
    void onlyTheReceiverAcceptsAndThenOwnsTheBaat() {
        fixture.given(REGISTERED, PROPOSED)
                .when(new AcceptBaatOverdrachtCommand(BAAT, new Attribution("anna", "PROJECTBUREAU", T, "ok")))
                .expectException(refusal(ErrorCode.NO_MANDATE));
        fixture.given(REGISTERED, PROPOSED)
                .when(new AcceptBaatOverdrachtCommand(BAAT, new Attribution("lisa", null, T, null)))
                .expectEvents(new BaatOverdrachtAcceptedEvent(BAAT, OPGAVE, "piet", "lisa", OntvangerSoort.LIJNORGANISATIE,
                        "Stadsbeheer", new Attribution("lisa", "ONTVANGER", T, "Overdracht geaccepteerd")));
        fixture.given(REGISTERED, PROPOSED, new BaatOverdrachtAcceptedEvent(BAAT, OPGAVE, "piet", "lisa",
                        OntvangerSoort.LIJNORGANISATIE, "Stadsbeheer", new Attribution("lisa", "ONTVANGER", T, "ok")))
                .when(new RecordBaatMetingCommand(BAAT, MetingSoort.GEREALISEERD, LocalDate.parse("2028-01-31"),
                        BigDecimal.ONE, new Attribution("lisa", null, T, "Na afsluiten van de opgave")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void acceptingWithoutAProposalIsRefused() {
        fixture.given(REGISTERED)
                .when(new AcceptBaatOverdrachtCommand(BAAT, new Attribution("lisa", null, T, null)))
                .expectException(Matchers.predicate(e -> e instanceof BusinessRuleException b
                        && b.code() == ErrorCode.NO_OVERDRACHT_PROPOSED));
    }

    private static Matcher<?> refusal(ErrorCode code) {
        return Matchers.predicate(e -> e instanceof BusinessRuleException b && b.code() == code);
    }
}
