package nl.opgaveengine.query.audit;

import nl.opgaveengine.query.OpgaveHistory;
import nl.opgaveengine.query.ProjectionDriver;
import nl.opgaveengine.query.QuerySideTest;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static nl.opgaveengine.query.OpgaveHistory.newOpgaveId;
import static org.assertj.core.api.Assertions.assertThat;

@QuerySideTest
class GebeurtenissenProjectionTest {

    @Autowired
    GebeurtenissenProjection projection;

    @Autowired
    GebeurtenissenRepository repository;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    ProjectionDriver driver;
    OpgaveHistory history;

    @BeforeEach
    void setUp() {
        driver = new ProjectionDriver(projection);
        history = OpgaveHistory.projectAtSecondGate(newOpgaveId(), "klimaat", "Noord");
    }

    @Test
    void recordsEveryEventInOrderWithWhoRoleWhenAndWhy() {
        driver.handle(history.messages());

        List<Gebeurtenis> gebeurtenissen = repository.findByOpgave(history.opgaveId());
        assertThat(gebeurtenissen).hasSize(history.messages().size());
        assertThat(gebeurtenissen).extracting(Gebeurtenis::volgnummer).isSorted();
        Gebeurtenis eerste = gebeurtenissen.get(0);
        assertThat(eerste.id()).isEqualTo(history.messages().get(0).getIdentifier());
        assertThat(eerste.type()).isEqualTo("OpgaveRegisteredEvent");
        assertThat(eerste.revisie()).isEqualTo("1");
        assertThat(eerste.volgnummer()).isZero();
        assertThat(eerste.actor()).isEqualTo("anna");
        assertThat(eerste.rol()).isEqualTo("PROJECTBUREAU");
        assertThat(eerste.reden()).isEqualTo("Signaal uit de wijk");
        assertThat(eerste.tijdstip()).isEqualTo(OpgaveHistory.T0.plusSeconds(3600));
        assertThat(eerste.metadata().get("correlationId").asText()).isEqualTo("corr-0");
        assertThat(gebeurtenissen).extracting(Gebeurtenis::type).contains("GateDecidedEvent", "RolEndedEvent", "ProcessLinkedEvent");
    }

    @Test
    void aLessonOrAScoreOfAnotherAggregateIsInTheHistoryOfItsOpgave() {
        driver.handle(history.messages());
        nl.opgaveengine.api.opgave.Attribution pl = new nl.opgaveengine.api.opgave.Attribution("piet",
                "STURINGSPROFESSIONAL", OpgaveHistory.T0.plusSeconds(99_000), "Gatereview definitie");
        driver.handle(java.util.List.of(new org.axonframework.eventhandling.GenericDomainEventMessage<>("Les", "les-1", 0,
                new nl.opgaveengine.api.leren.LesRecordedEvent("les-1", history.opgaveId(),
                        nl.opgaveengine.api.leren.LesBron.GATE_REVIEW, "definitie", "Plan te laat", "Eerder de raad",
                        "projectbureau", null, "klimaat", null, nl.opgaveengine.api.leren.GotikAspect.TIJD, pl))));

        List<Gebeurtenis> gebeurtenissen = repository.findByOpgave(history.opgaveId());
        assertThat(gebeurtenissen).hasSize(history.messages().size() + 1);
        Gebeurtenis les = gebeurtenissen.stream().filter(g -> g.type().equals("LesRecordedEvent")).findFirst()
                .orElseThrow();
        assertThat(les.actor()).isEqualTo("piet");
        assertThat(les.rol()).isEqualTo("STURINGSPROFESSIONAL");
        assertThat(les.reden()).isEqualTo("Gatereview definitie");
    }

    @Test
    void anEventThatCommittedLateGetsItsOwnPositionNotTheTokensHighest() {
        // the JDBC event store's table, as the application has it (this module's tests run on an in-memory store)
        jdbc.execute("create table if not exists domain_event_entry (global_index bigint primary key,"
                + " event_identifier varchar(255) not null unique)");
        var message = history.messages().get(0);
        long eigen = jdbc.queryForObject("select coalesce(max(global_index), 0) + 100 from domain_event_entry", Long.class);
        jdbc.update("insert into domain_event_entry (global_index, event_identifier) values (?, ?)", eigen,
                message.getIdentifier());
        // the token has moved past the event: it filled the gap it left at its own position
        var token = org.axonframework.eventhandling.GapAwareTrackingToken.newInstance(eigen + 7, java.util.List.of());
        driver.handle(new GenericTrackedDomainEventMessage<>(token, message));

        assertThat(repository.findByOpgave(history.opgaveId()).get(0).globalePositie()).isEqualTo(eigen);
    }

    @Test
    void storesThePayloadAsJsonWithIsoTimes() {
        driver.handle(history.messages());

        Gebeurtenis eerste = repository.findByOpgave(history.opgaveId()).get(0);
        assertThat(eerste.payload().get("titel").asText()).isEqualTo("Klimaatadaptatie Noord");
        assertThat(eerste.payload().get("opgaveId").asText()).isEqualTo(history.opgaveId());
        assertThat(eerste.payload().get("attribution").get("at").asText()).isEqualTo("2025-03-03T10:00:00Z");
        Gebeurtenis gate = repository.findByOpgave(history.opgaveId()).stream()
                .filter(g -> g.type().equals("GateOpenedEvent")).findFirst().orElseThrow();
        assertThat(gate.payload().get("uitkomsten")).hasSize(3);
        assertThat(gate.payload().get("beslisser").asText()).isEqualTo("BESTUURLIJK_OPDRACHTGEVER");
    }

    @Test
    void takesTheGlobalPositionFromTheTrackingToken() {
        driver.handle(new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(42), history.messages().get(0)));

        assertThat(repository.findByOpgave(history.opgaveId())).extracting(Gebeurtenis::globalePositie).containsExactly(42L);
    }

    @Test
    void redeliveryAndReplayGiveTheSameHistory() {
        driver.handle(history.messages());
        List<Gebeurtenis> before = repository.findByOpgave(history.opgaveId());

        driver.handle(history.messages());
        assertThat(repository.findByOpgave(history.opgaveId())).isEqualTo(before);

        driver.reset();
        assertThat(repository.findByOpgave(history.opgaveId())).isEmpty();
        driver.handle(history.messages());
        assertThat(repository.findByOpgave(history.opgaveId())).isEqualTo(before);
    }

    @Test
    void agendaRoundAndPcMomentEventsAreInTheGlobalTrailOnlyWithWhoRoleWhenAndWhyAlsoAfterAReplay() {
        String tag = newOpgaveId();
        // a moment no other test uses, so the global trail around it holds only these events
        java.time.Instant at = java.time.Instant.parse("2031-06-01T00:00:00Z").plusMillis(Math.floorMod(tag.hashCode(), 1_000_000_000));
        var college = new nl.opgaveengine.api.opgave.Attribution("burgemeester-" + tag, "COLLEGE", at, "Collegebesluit 14 april");
        var pb = new nl.opgaveengine.api.opgave.Attribution("anna-" + tag, "PROJECTBUREAU", at, "Begroting");
        List<org.axonframework.eventhandling.EventMessage<?>> events = List.of(
                new org.axonframework.eventhandling.GenericDomainEventMessage<>("StrategischeAgenda", "agenda", 0,
                        new nl.opgaveengine.api.portfolio.AgendapuntAddedEvent("agenda", "punt-" + tag,
                                nl.opgaveengine.api.portfolio.AgendapuntSoort.BBV_PROGRAMMA, "Programma 3", null, null,
                                college)),
                new org.axonframework.eventhandling.GenericDomainEventMessage<>("Prioriteringsronde", "r-" + tag, 0,
                        new nl.opgaveengine.api.portfolio.PrioriteringsrondeOpenedEvent("r-" + tag, "Begroting 2027",
                                List.of(new nl.opgaveengine.api.portfolio.Criterium("urgentie", "Urgentie", 3,
                                        nl.opgaveengine.api.portfolio.Richting.HOGER_IS_BETER)), pb)),
                new org.axonframework.eventhandling.GenericDomainEventMessage<>("Prioriteringsronde", "r-" + tag, 1,
                        new nl.opgaveengine.api.portfolio.PrioriteringDecidedEvent("r-" + tag, "Begroting 2027",
                                List.of(new nl.opgaveengine.api.portfolio.Rangschikking(history.opgaveId(), 1, 15,
                                        nl.opgaveengine.api.portfolio.KeuzeUitkomst.OPPAKKEN, "Urgent")), college)),
                new org.axonframework.eventhandling.GenericDomainEventMessage<>("PcMoment", "m-" + tag, 0,
                        new nl.opgaveengine.api.pc.PcMomentPlannedEvent("m-" + tag, 2027, "Voorjaarsnota",
                                nl.opgaveengine.api.pc.PcMomentSoort.VOORJAARSNOTA, java.time.LocalDate.of(2027, 4, 1),
                                java.time.LocalDate.of(2027, 4, 15), pb)));
        driver.handle(events);

        List<Gebeurtenis> college_ = repository.find(new GebeurtenisFilter(null, null, "burgemeester-" + tag, null, null, null));
        assertThat(college_).extracting(Gebeurtenis::type)
                .containsExactly("AgendapuntAddedEvent", "PrioriteringDecidedEvent");
        assertThat(college_).allSatisfy(g -> {
            assertThat(g.rol()).isEqualTo("COLLEGE");
            assertThat(g.reden()).isEqualTo("Collegebesluit 14 april");
            assertThat(g.tijdstip()).isEqualTo(at);
        });
        assertThat(college_.get(1).aggregaatId()).isEqualTo("r-" + tag);
        List<Gebeurtenis> alle = repository.find(new GebeurtenisFilter(null, null, null, null, at, at.plusSeconds(1)));
        assertThat(alle).extracting(Gebeurtenis::type).containsExactlyInAnyOrder("AgendapuntAddedEvent", "PrioriteringsrondeOpenedEvent",
                "PrioriteringDecidedEvent", "PcMomentPlannedEvent");
        // no opgave's own history holds them, not even the one the round decided on
        assertThat(repository.findByOpgave(history.opgaveId())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from qs_gebeurtenis where opgave_id is null and actor in (?, ?)",
                Long.class, "anna-" + tag, "burgemeester-" + tag)).isEqualTo(4);

        List<Gebeurtenis> before = repository.find(new GebeurtenisFilter(null, null, null, null, at, at.plusSeconds(1)));
        driver.reset();
        assertThat(repository.find(new GebeurtenisFilter(null, null, null, null, at, at.plusSeconds(1)))).isEmpty();
        driver.handle(events);
        assertThat(repository.find(new GebeurtenisFilter(null, null, null, null, at, at.plusSeconds(1)))).isEqualTo(before);
    }

    @Test
    void ignoresEventsThatAreNotOpgaveEvents() {
        driver.handle(GenericEventMessage.asEventMessage(new ProcessInstanceStarted(history.opgaveId())));

        assertThat(repository.findByOpgave(history.opgaveId())).isEmpty();
    }

    record ProcessInstanceStarted(String opgaveId) {
    }
}
