package nl.opgaveengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.Map;
import nl.opgaveengine.engine.ProcessInstanceState.State;
import org.junit.jupiter.api.Test;

/** Message boundary events, event-based gateway, message start events. */
class EventElementsTest extends EngineTestSupport {

    @Test
    void interruptingMessageBoundaryEventCancelsTheTask() {
        String processId = unique("intrekken");
        String message = unique("ingetrokken");
        String jobType = unique("lang");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .serviceTask("service_task_behandel", t -> t.zeebeJobType(jobType))
                .boundaryEvent("message_boundary_ingetrokken", b -> b.message(m -> m.name(message)
                        .zeebeCorrelationKeyExpression("zaak")))
                .endEvent("end_event_ingetrokken")
                .moveToActivity("service_task_behandel")
                .endEvent("end_event_behandeld")
                .done());
        long key = engine.createProcessInstance(processId, Map.of("zaak", "Z-1")).processInstanceKey();

        engine.publishMessage(message, "Z-1", Duration.ZERO, Map.of("door", "aanvrager"));

        ProcessInstanceState done = instance(key);
        assertThat(done.state()).isEqualTo(State.COMPLETED);
        assertThat(done.variables()).containsEntry("door", "aanvrager");
        assertThat(elementHistory(key)).contains("service_task_behandel:TERMINATED", "end_event_ingetrokken:COMPLETED");
        assertThat(activate(jobType, 1)).isEmpty();
    }

    @Test
    void nonInterruptingMessageBoundaryEventKeepsTheTaskAndCanFireAgain() {
        String processId = unique("aanvulling");
        String message = unique("aangevuld");
        String jobType = unique("wacht");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .serviceTask("service_task_wacht", t -> t.zeebeJobType(jobType))
                .boundaryEvent("message_boundary_aanvulling", b -> b.cancelActivity(false)
                        .message(m -> m.name(message).zeebeCorrelationKeyExpression("zaak")))
                .endEvent("end_event_aanvulling")
                .moveToActivity("service_task_wacht")
                .endEvent("end_event_klaar")
                .done());
        long key = engine.createProcessInstance(processId, Map.of("zaak", "Z-2")).processInstanceKey();

        engine.publishMessage(message, "Z-2", Duration.ZERO, Map.of());
        engine.publishMessage(message, "Z-2", Duration.ZERO, Map.of());

        assertThat(engine.history(key).stream().filter(h -> h.elementId().equals("end_event_aanvulling")
                && h.state().equals("COMPLETED"))).hasSize(2);
        assertThat(instance(key).activeElementIds()).containsExactly("service_task_wacht");
        engine.completeJob(awaitJobs(jobType, 1).get(0).key(), Map.of());
        assertThat(instance(key).state()).isEqualTo(State.COMPLETED);
    }

    @Test
    void eventBasedGatewayTakesTheFirstEventAndDropsTheOther() {
        String processId = unique("race");
        String message = unique("besluit");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .eventBasedGateway("gateway_wacht")
                .intermediateCatchEvent("message_event_besluit", e -> e.message(m -> m.name(message)
                        .zeebeCorrelationKeyExpression("zaak")))
                .endEvent("end_event_besluit")
                .moveToLastGateway()
                .intermediateCatchEvent("timer_event_termijn", e -> e.timerWithDuration("P7D"))
                .endEvent("end_event_termijn")
                .done());
        long byMessage = engine.createProcessInstance(processId, Map.of("zaak", "R-1")).processInstanceKey();
        long byTimer = engine.createProcessInstance(processId, Map.of("zaak", "R-2")).processInstanceKey();
        assertThat(instance(byMessage).activeElementIds()).containsExactly("gateway_wacht");

        engine.publishMessage(message, "R-1", Duration.ZERO, Map.of("uitkomst", "GO"));
        assertThat(instance(byMessage).state()).isEqualTo(State.COMPLETED);
        assertThat(elementHistory(byMessage)).contains("end_event_besluit:COMPLETED")
                .doesNotContain("timer_event_termijn:ACTIVATED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM engine_timer WHERE process_instance_key = ?",
                Integer.class, byMessage)).isZero();

        advanceClock(Duration.ofDays(8));
        awaitState(byTimer, State.COMPLETED);
        assertThat(elementHistory(byTimer)).contains("end_event_termijn:COMPLETED");
        engine.publishMessage(message, "R-2", Duration.ZERO, Map.of());
        assertThat(elementHistory(byTimer)).doesNotContain("end_event_besluit:COMPLETED");
    }

    @Test
    void aMessageStartEventStartsTheLatestVersionWithTheMessageVariables() {
        String processId = unique("melding");
        String message = unique("nieuwe-melding");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent("message_start_melding").message(message)
                .userTask("user_task_melding")
                .endEvent()
                .done());

        engine.publishMessage(message, "", Duration.ZERO, Map.of("melder", "jan"));

        assertThat(instanceCount(processId)).isEqualTo(1);
        UserTask task = engine.userTasks(new UserTaskFilter(null, null, null, "user_task_melding")).stream()
                .filter(t -> t.bpmnProcessId().equals(processId)).findFirst().orElseThrow();
        assertThat(instance(task.processInstanceKey()).variables()).containsEntry("melder", "jan");
    }
}
