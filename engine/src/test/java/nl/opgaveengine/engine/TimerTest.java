package nl.opgaveengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import nl.opgaveengine.engine.ProcessInstanceState.State;
import org.junit.jupiter.api.Test;

class TimerTest extends EngineTestSupport {

    @Test
    void intermediateTimerWithADurationFiresWhenTheClockPassesIt() {
        String processId = unique("wacht");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .intermediateCatchEvent("timer_event_wacht", e -> e.timerWithDuration("PT1H"))
                .endEvent("end_event")
                .done());
        long key = engine.createProcessInstance(processId, Map.of()).processInstanceKey();
        assertThat(instance(key).activeElementIds()).containsExactly("timer_event_wacht");

        advanceClock(Duration.ofMinutes(59));
        assertThat(instance(key).state()).isEqualTo(State.ACTIVE);
        advanceClock(Duration.ofMinutes(2));

        awaitState(key, State.COMPLETED);
        assertThat(elementHistory(key)).contains("timer_event_wacht:COMPLETED", "end_event:COMPLETED");
    }

    @Test
    void timerWithAFeelDurationAndATimerWithADate() {
        String processId = unique("feel-timer");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .intermediateCatchEvent("timer_event_duur", e -> e.timerWithDurationExpression("wachttijd"))
                .intermediateCatchEvent("timer_event_datum", e -> e.timerWithDateExpression("moment"))
                .endEvent()
                .done());
        String moment = DateTimeFormatter.ISO_INSTANT.format(clock.now().plus(Duration.ofDays(3)));
        long key = engine.createProcessInstance(processId, Map.of("wachttijd", "P1D", "moment", moment))
                .processInstanceKey();

        advanceClock(Duration.ofDays(1).plusMinutes(1));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                instance(key).activeElementIds().contains("timer_event_datum"));
        advanceClock(Duration.ofDays(2));

        awaitState(key, State.COMPLETED);
    }

    @Test
    void interruptingTimerBoundaryEventTerminatesTheTaskAndTakesItsFlow() {
        String processId = unique("termijn");
        String jobType = unique("niemand");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .serviceTask("service_task_beoordeel", t -> t.zeebeJobType(jobType))
                .boundaryEvent("timer_boundary_verlopen", b -> b.timerWithDuration("P14D"))
                .endEvent("end_event_verlopen")
                .moveToActivity("service_task_beoordeel")
                .endEvent("end_event_beoordeeld")
                .done());
        long key = engine.createProcessInstance(processId, Map.of()).processInstanceKey();

        advanceClock(Duration.ofDays(15));

        awaitState(key, State.COMPLETED);
        assertThat(elementHistory(key)).contains("service_task_beoordeel:TERMINATED",
                "timer_boundary_verlopen:COMPLETED", "end_event_verlopen:COMPLETED")
                .doesNotContain("end_event_beoordeeld:COMPLETED");
        assertThat(activate(jobType, 5)).isEmpty();
    }

    @Test
    void theTimerOfABoundaryEventIsCancelledWhenTheTaskCompletesFirst() {
        String processId = unique("op-tijd");
        String jobType = unique("snel");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .serviceTask("service_task_snel", t -> t.zeebeJobType(jobType))
                .boundaryEvent("timer_boundary_te_laat", b -> b.timerWithDuration("PT1H"))
                .endEvent("end_event_te_laat")
                .moveToActivity("service_task_snel")
                .endEvent("end_event_op_tijd")
                .done());
        long key = engine.createProcessInstance(processId, Map.of()).processInstanceKey();
        assertThat(lookupTimers(key)).isEqualTo(1);

        engine.completeJob(awaitJobs(jobType, 1).get(0).key(), Map.of());

        assertThat(instance(key).state()).isEqualTo(State.COMPLETED);
        assertThat(lookupTimers(key)).isZero();
        assertThat(elementHistory(key)).contains("end_event_op_tijd:COMPLETED")
                .doesNotContain("timer_boundary_te_laat:COMPLETED");
    }

    @Test
    void nonInterruptingCycleBoundaryFiresEachRepetitionWhileTheTaskWaits() {
        String processId = unique("herinner");
        String jobType = unique("traag");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .serviceTask("service_task_rapport", t -> t.zeebeJobType(jobType))
                .boundaryEvent("timer_boundary_herinnering", b -> b.cancelActivity(false).timerWithCycle("R2/PT1H"))
                .endEvent("end_event_herinnerd")
                .moveToActivity("service_task_rapport")
                .endEvent("end_event_rapport")
                .done());
        long key = engine.createProcessInstance(processId, Map.of()).processInstanceKey();

        advanceClock(Duration.ofMinutes(61));
        await().atMost(Duration.ofSeconds(10)).until(() -> reminders(key) == 1);
        advanceClock(Duration.ofMinutes(61));
        await().atMost(Duration.ofSeconds(10)).until(() -> reminders(key) == 2);
        assertThat(lookupTimers(key)).as("R2: no third repetition").isZero();
        assertThat(instance(key).activeElementIds()).containsExactly("service_task_rapport");

        engine.completeJob(awaitJobs(jobType, 1).get(0).key(), Map.of());
        assertThat(instance(key).state()).isEqualTo(State.COMPLETED);
    }

    @Test
    void timerStartEventStartsAnInstancePerCycleAndANewVersionReplacesIt() {
        String processId = unique("periodiek");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent("timer_start_elk_uur").timerWithCycle("R/PT1H")
                .userTask("user_task_rapporteer")
                .endEvent()
                .done());
        assertThat(instanceCount(processId)).isZero();

        advanceClock(Duration.ofMinutes(61));
        await().atMost(Duration.ofSeconds(10)).until(() -> instanceCount(processId) == 1);
        advanceClock(Duration.ofMinutes(61));
        await().atMost(Duration.ofSeconds(10)).until(() -> instanceCount(processId) == 2);

        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent("timer_start_morgen").timerWithDate(DateTimeFormatter.ISO_INSTANT.format(
                        clock.now().plus(Duration.ofDays(1))))
                .endEvent()
                .done());
        advanceClock(Duration.ofMinutes(61));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM engine_timer WHERE bpmn_process_id = ?", Integer.class,
                processId)).as("only the new version's timer").isEqualTo(1);
        advanceClock(Duration.ofDays(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> instanceCount(processId) == 3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM engine_timer WHERE bpmn_process_id = ?", Integer.class,
                processId)).as("a date fires once").isZero();
    }

    @Test
    void aProcessWithOnlyATimerStartCannotBeStartedByHand() {
        String processId = unique("alleen-timer");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent().timerWithCycle("R/P1D")
                .endEvent()
                .done());

        assertThatThrownBy(() -> engine.createProcessInstance(processId, Map.of()))
                .isInstanceOf(EngineException.class).hasMessageContaining("geen none start event");
    }

    @Test
    void invalidTimerValuesAreRefusedAtDeployWithTheElementId() {
        String xml = Bpmn.convertToString(Bpmn.createExecutableProcess(unique("fout"))
                .startEvent()
                .intermediateCatchEvent("timer_event_fout", e -> e.timerWithDuration("PT5X"))
                .endEvent()
                .done());

        assertThatThrownBy(() -> engine.deploy("fout.bpmn", xml.getBytes(StandardCharsets.UTF_8), "tester"))
                .isInstanceOf(InvalidModelException.class).hasMessageContaining("timer_event_fout")
                .hasMessageContaining("PT5X");
    }

    @Test
    void aTimerExpressionThatFailsRaisesAnIncident() {
        String processId = unique("timer-incident");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .intermediateCatchEvent("timer_event_onbekend", e -> e.timerWithDurationExpression("ontbreekt"))
                .endEvent()
                .done());
        long key = engine.createProcessInstance(processId, Map.of()).processInstanceKey();

        assertThat(engine.incidents(key)).singleElement().satisfies(incident -> {
            assertThat(incident.elementId()).isEqualTo("timer_event_onbekend");
            assertThat(incident.errorType()).isEqualTo("EXTRACT_VALUE_ERROR");
        });
    }

    private int reminders(long processInstanceKey) {
        return (int) engine.history(processInstanceKey).stream()
                .filter(h -> h.elementId().equals("end_event_herinnerd") && h.state().equals("COMPLETED")).count();
    }

    private int lookupTimers(long processInstanceKey) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM engine_timer WHERE process_instance_key = ?", Integer.class,
                processInstanceKey);
    }
}
