package nl.opgaveengine.command.leren;

import java.time.Instant;
import java.util.List;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.api.leren.GotikAspect;
import nl.opgaveengine.api.leren.LesBron;
import nl.opgaveengine.api.leren.LesGelezenEvent;
import nl.opgaveengine.api.leren.LesRecordedEvent;
import nl.opgaveengine.api.leren.MarkLesGelezenCommand;
import nl.opgaveengine.api.leren.RecordLesCommand;
import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.GateOpenedEvent;
import nl.opgaveengine.api.opgave.ProcesstapTakenEvent;
import nl.opgaveengine.api.opgave.Processtap;
import nl.opgaveengine.api.opgave.Rol;
import nl.opgaveengine.api.opgave.Werkwijze;
import nl.opgaveengine.command.baten.KnownOpgaven;
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

/** The rules of a lesson: it belongs to a known opgave, names its gate or step, and records each reading once. */
class LesTest {

    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    private static final Attribution PL = new Attribution("projectleider", "BETROKKENE", T, null);
    private static final LesRecordedEvent RECORDED = new LesRecordedEvent("les-1", "o1", LesBron.GATE_REVIEW,
            "definitie", "Projectplan te laat", "Plan de bestuurlijke route vooraf", "projectleiders",
            Werkwijze.PROJECT, "klimaat", null, GotikAspect.TIJD, PL.withReason("Les vastgelegd"));

    private FixtureConfiguration<Les> fixture;

    @BeforeEach
    void setUp() {
        EventStore opgaven = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        opgaven.publish(new GenericDomainEventMessage<>("Opgave", "o1", 0, "registered"));
        opgaven.publish(new GenericDomainEventMessage<>("Opgave", "o2", 0, "registered"));
        // on o1 the gate "definitie" opened and a procesregie step was taken; nothing of the kind happened on o2
        opgaven.publish(new GenericDomainEventMessage<>("Opgave", "o1", 1, new GateOpenedEvent("o1", "definitie",
                "Go/no-go definitie", "fase_definitie", "projectplan", Rol.AMBTELIJK_OPDRACHTGEVER, List.of("GO"), PL)));
        opgaven.publish(new GenericDomainEventMessage<>("Opgave", "o1", 2, new ProcesstapTakenEvent("o1", "stap-1",
                Processtap.DIVERGEREN, "Iedereen aan tafel", "Twaalf partijen", List.of("wijkraad"), null, 1L, PL)));
        fixture = new AggregateTestFixture<>(Les.class);
        fixture.registerInjectableResource(new KnownOpgaven(opgaven));
        fixture.registerInjectableResource(new LesBronnen(opgaven));
    }

    @Test
    void recordsALessonOfAGateReview() {
        fixture.givenNoPriorActivity()
                .when(new RecordLesCommand("les-1", "o1", LesBron.GATE_REVIEW, "definitie", "Projectplan te laat",
                        "Plan de bestuurlijke route vooraf", "projectleiders", Werkwijze.PROJECT, "klimaat", null,
                        GotikAspect.TIJD, PL))
                .expectEvents(RECORDED);
    }

    @Test
    void aLessonOfAGateOrStepNamesItAndBelongsToAKnownOpgave() {
        fixture.givenNoPriorActivity()
                .when(new RecordLesCommand("les-1", "o1", LesBron.PROCESSTAP, " ", "x", "y", "z", null, null, null,
                        null, PL))
                .expectException(refusal(ErrorCode.INVALID_INPUT));
        fixture.givenNoPriorActivity()
                .when(new RecordLesCommand("les-1", "o9", LesBron.EVALUATIERAPPORT, null, "x", "y", "z", null, null,
                        null, null, PL))
                .expectException(refusal(ErrorCode.OPGAVE_NOT_FOUND));
    }

    @Test
    void aGateReviewNamesAGateThatOpenedOnTheOpgave() {
        fixture.givenNoPriorActivity()
                .when(new RecordLesCommand("les-1", "o1", LesBron.GATE_REVIEW, "uitvoering", "x", "y", "z", null, null,
                        null, null, PL))
                .expectException(refusal(ErrorCode.LES_BRON_UNKNOWN, "bronReferentie"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecordLesCommand("les-1", "o2", LesBron.GATE_REVIEW, "definitie", "x", "y", "z", null, null,
                        null, null, PL))
                .expectException(refusal(ErrorCode.LES_BRON_UNKNOWN, "bronReferentie"));
    }

    @Test
    void aProcesstapLessonNamesAStepTakenOnTheOpgaveByIdOrKind() {
        for (String referentie : List.of("stap-1", "divergeren", "DIVERGEREN")) {
            fixture.givenNoPriorActivity()
                    .when(new RecordLesCommand("les-1", "o1", LesBron.PROCESSTAP, referentie, "x", "y", "z", null, null,
                            null, null, PL))
                    .expectSuccessfulHandlerExecution();
        }
        fixture.givenNoPriorActivity()
                .when(new RecordLesCommand("les-1", "o1", LesBron.PROCESSTAP, "CONSOLIDEREN", "x", "y", "z", null, null,
                        null, null, PL))
                .expectException(refusal(ErrorCode.LES_BRON_UNKNOWN, "bronReferentie"));
        fixture.givenNoPriorActivity()
                .when(new RecordLesCommand("les-1", "o2", LesBron.PROCESSTAP, "stap-1", "x", "y", "z", null, null,
                        null, null, PL))
                .expectException(refusal(ErrorCode.LES_BRON_UNKNOWN, "bronReferentie"));
    }

    @Test
    void aReadingIsRecordedOncePerReaderAndOpgave() {
        Attribution pb = new Attribution("anna", "PROJECTBUREAU", T, null);
        LesGelezenEvent gelezen = new LesGelezenEvent("les-1", "o2", pb.withReason("Gelezen bij de intake van opgave o2"));
        fixture.given(RECORDED).when(new MarkLesGelezenCommand("les-1", "o2", pb)).expectEvents(gelezen);
        fixture.given(RECORDED, gelezen).when(new MarkLesGelezenCommand("les-1", "o2", pb)).expectNoEvents();
        fixture.given(RECORDED).when(new MarkLesGelezenCommand("les-1", "o9", pb))
                .expectException(refusal(ErrorCode.OPGAVE_NOT_FOUND));
    }

    private static Matcher<?> refusal(ErrorCode code) {
        return Matchers.predicate(e -> e instanceof BusinessRuleException b && b.code() == code);
    }

    private static Matcher<?> refusal(ErrorCode code, String veld) {
        return Matchers.predicate(e -> e instanceof BusinessRuleException b && b.code() == code
                && veld.equals(b.details().get("veld")) && b.details().get("regel") != null);
    }
}
