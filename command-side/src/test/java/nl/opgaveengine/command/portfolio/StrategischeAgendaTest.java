package nl.opgaveengine.command.portfolio;

import static nl.opgaveengine.command.portfolio.PrioriteringsrondeTest.refusal;

import java.time.Instant;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.portfolio.AddAgendapuntCommand;
import nl.opgaveengine.api.portfolio.AgendapuntAddedEvent;
import nl.opgaveengine.api.portfolio.AgendapuntSoort;
import nl.opgaveengine.api.portfolio.AgendapuntWithdrawnEvent;
import nl.opgaveengine.api.portfolio.LinkOpgaveAgendapuntCommand;
import nl.opgaveengine.api.portfolio.OpgaveAgendapuntLinkedEvent;
import nl.opgaveengine.api.portfolio.OpgaveAgendapuntUnlinkedEvent;
import nl.opgaveengine.api.portfolio.UnlinkOpgaveAgendapuntCommand;
import nl.opgaveengine.api.portfolio.WithdrawAgendapuntCommand;
import nl.opgaveengine.command.baten.KnownOpgaven;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of the strategic agenda: who maintains it, unique items, withdrawal with a reason, links to opgaven. */
class StrategischeAgendaTest {

    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    private static final String AGENDA = "strategische-agenda";
    private static final Attribution COLLEGE = new Attribution("burgemeester", "COLLEGE", T, "Coalitieakkoord");
    private static final Attribution PB = new Attribution("anna", "PROJECTBUREAU", T, "Past bij het programma");
    private static final AgendapuntAddedEvent KLIMAAT = new AgendapuntAddedEvent(AGENDA, "p1",
            AgendapuntSoort.BBV_PROGRAMMA, "Programma 3: Klimaat", "Wat willen we bereiken", null, COLLEGE);

    private FixtureConfiguration<StrategischeAgenda> fixture;

    @BeforeEach
    void setUp() {
        EventStore opgaven = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        opgaven.publish(new GenericDomainEventMessage<>("Opgave", "o1", 0, "registered"));
        fixture = new AggregateTestFixture<>(StrategischeAgenda.class);
        fixture.registerInjectableResource(new KnownOpgaven(opgaven));
    }

    @Test
    void theFirstItemCreatesTheAgenda() {
        fixture.givenNoPriorActivity()
                .when(new AddAgendapuntCommand(AGENDA, "p1", AgendapuntSoort.BBV_PROGRAMMA, "Programma 3: Klimaat",
                        "Wat willen we bereiken", null, COLLEGE))
                .expectEvents(KLIMAAT);
    }

    @Test
    void refusesATwinItemAnUnknownParentAndSomeoneWithoutTheRole() {
        fixture.given(KLIMAAT)
                .when(new AddAgendapuntCommand(AGENDA, "p2", AgendapuntSoort.BBV_PROGRAMMA, "programma 3: klimaat",
                        null, null, COLLEGE))
                .expectException(refusal(ErrorCode.AGENDAPUNT_EXISTS, "naam"));
        fixture.given(KLIMAAT)
                .when(new AddAgendapuntCommand(AGENDA, "p2", AgendapuntSoort.DOEL, "Minder hittestress", null, "p9",
                        COLLEGE))
                .expectException(refusal(ErrorCode.AGENDAPUNT_NOT_FOUND, "bovenliggendId"));
        fixture.given(KLIMAAT)
                .when(new AddAgendapuntCommand(AGENDA, "p2", AgendapuntSoort.DOEL, "Minder hittestress", null, "p1",
                        new Attribution("piet", null, T, null)))
                .expectException(refusal(ErrorCode.NO_MANDATE, null));
    }

    @Test
    void linksAKnownOpgaveOnceAndNotToAWithdrawnItem() {
        OpgaveAgendapuntLinkedEvent linked = new OpgaveAgendapuntLinkedEvent(AGENDA, "p1",
                AgendapuntSoort.BBV_PROGRAMMA, "Programma 3: Klimaat", "o1", PB);
        fixture.given(KLIMAAT).when(new LinkOpgaveAgendapuntCommand(AGENDA, "p1", "o1", PB)).expectEvents(linked);
        fixture.given(KLIMAAT, linked).when(new LinkOpgaveAgendapuntCommand(AGENDA, "p1", "o1", PB)).expectNoEvents();
        fixture.given(KLIMAAT).when(new LinkOpgaveAgendapuntCommand(AGENDA, "p1", "onbekend", PB))
                .expectException(refusal(ErrorCode.OPGAVE_NOT_FOUND, "opgaveId"));
        fixture.given(KLIMAAT, new AgendapuntWithdrawnEvent(AGENDA, "p1", COLLEGE.withReason("Nieuw akkoord")))
                .when(new LinkOpgaveAgendapuntCommand(AGENDA, "p1", "o1", PB))
                .expectException(refusal(ErrorCode.AGENDAPUNT_WITHDRAWN, "agendapuntId"));
    }

    @Test
    void aLinkIsEndedWithAReasonAndOnlyWhenItExists() {
        OpgaveAgendapuntLinkedEvent linked = new OpgaveAgendapuntLinkedEvent(AGENDA, "p1",
                AgendapuntSoort.BBV_PROGRAMMA, "Programma 3: Klimaat", "o1", PB);
        fixture.given(KLIMAAT).when(new UnlinkOpgaveAgendapuntCommand(AGENDA, "p1", "o1", PB))
                .expectException(refusal(ErrorCode.AGENDAPUNT_NOT_FOUND, "agendapuntId"));
        fixture.given(KLIMAAT, linked).when(new UnlinkOpgaveAgendapuntCommand(AGENDA, "p1", "o1", PB.withReason(null)))
                .expectException(refusal(ErrorCode.REASON_REQUIRED, "reden"));
        fixture.given(KLIMAAT, linked).when(new UnlinkOpgaveAgendapuntCommand(AGENDA, "p1", "o1",
                        PB.withReason("Valt onder programma 4")))
                .expectEvents(new OpgaveAgendapuntUnlinkedEvent(AGENDA, "p1", "o1", PB.withReason("Valt onder programma 4")));
        fixture.given(KLIMAAT, linked, new OpgaveAgendapuntUnlinkedEvent(AGENDA, "p1", "o1", PB))
                .when(new LinkOpgaveAgendapuntCommand(AGENDA, "p1", "o1", PB))
                .expectEvents(linked);
    }

    @Test
    void withdrawingNeedsAReason() {
        fixture.given(KLIMAAT).when(new WithdrawAgendapuntCommand(AGENDA, "p1", COLLEGE.withReason(null)))
                .expectException(refusal(ErrorCode.REASON_REQUIRED, "reden"));
        fixture.given(KLIMAAT).when(new WithdrawAgendapuntCommand(AGENDA, "p1", COLLEGE.withReason("Nieuw akkoord")))
                .expectEvents(new AgendapuntWithdrawnEvent(AGENDA, "p1", COLLEGE.withReason("Nieuw akkoord")));
    }
}
