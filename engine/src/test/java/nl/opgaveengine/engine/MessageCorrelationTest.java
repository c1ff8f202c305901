package nl.opgaveengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.opgaveengine.engine.ProcessInstanceState.State;
import org.junit.jupiter.api.Test;

class MessageCorrelationTest extends EngineTestSupport {

    private String deployCatch(String messageName) {
        String processId = unique("catch");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .intermediateCatchEvent("catch_event_besluit",
                        e -> e.message(m -> m.name(messageName).zeebeCorrelationKeyExpression("opgaveId")))
                .endEvent("end_event")
                .done());
        return processId;
    }

    @Test
    void correlatesAPublishedMessageToTheWaitingInstanceWithThatKeyOnly() {
        String message = unique("besluit");
        String processId = deployCatch(message);
        long waiting = engine.createProcessInstance(processId, Map.of("opgaveId", "A-1")).processInstanceKey();
        long other = engine.createProcessInstance(processId, Map.of("opgaveId", "B-2")).processInstanceKey();
        assertThat(instance(waiting).activeElementIds()).containsExactly("catch_event_besluit");

        engine.publishMessage(message, "A-1", Duration.ZERO, Map.of("uitkomst", "GO"));

        ProcessInstanceState done = instance(waiting);
        assertThat(done.state()).isEqualTo(State.COMPLETED);
        assertThat(done.variables()).containsEntry("uitkomst", "GO");
        assertThat(instance(other).state()).isEqualTo(State.ACTIVE);
    }

    @Test
    void receiveTaskWithANumericCorrelationKeyIsCorrelated() {
        String message = unique("betaling");
        String processId = unique("receive");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .receiveTask("receive_task_betaling", r -> r.message(m -> m.name(message)
                        .zeebeCorrelationKeyExpression("nummer")))
                .endEvent()
                .done());
        long instanceKey = engine.createProcessInstance(processId, Map.of("nummer", 17)).processInstanceKey();

        engine.publishMessage(message, "17", Duration.ofMinutes(1), Map.of());

        assertThat(instance(instanceKey).state()).isEqualTo(State.COMPLETED);
    }

    @Test
    void aMessagePublishedBeforeTheSubscriptionIsCorrelatedWithinItsTimeToLive() {
        String message = unique("vooraf");
        String processId = deployCatch(message);
        engine.publishMessage(message, "C-3", Duration.ofMinutes(10), Map.of("uitkomst", "NO_GO"));

        long instanceKey = engine.createProcessInstance(processId, Map.of("opgaveId", "C-3")).processInstanceKey();

        ProcessInstanceState done = instance(instanceKey);
        assertThat(done.state()).as("correlated in the transaction that opened the subscription")
                .isEqualTo(State.COMPLETED);
        assertThat(done.variables()).containsEntry("uitkomst", "NO_GO");
    }

    @Test
    void aBufferedMessageCorrelatesOncePerInstanceButToEveryInstance() {
        String message = unique("vaker");
        String processId = unique("twice");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .intermediateCatchEvent("catch_event_een", e -> e.message(m -> m.name(message)
                        .zeebeCorrelationKeyExpression("opgaveId")))
                .intermediateCatchEvent("catch_event_twee", e -> e.message(m -> m.name(message)
                        .zeebeCorrelationKeyExpression("opgaveId")))
                .endEvent()
                .done());
        engine.publishMessage(message, "D-4", Duration.ofMinutes(10), Map.of());

        long first = engine.createProcessInstance(processId, Map.of("opgaveId", "D-4")).processInstanceKey();
        long second = engine.createProcessInstance(processId, Map.of("opgaveId", "D-4")).processInstanceKey();

        assertThat(instance(first).activeElementIds()).containsExactly("catch_event_twee");
        assertThat(instance(second).activeElementIds()).containsExactly("catch_event_twee");
        engine.publishMessage(message, "D-4", Duration.ZERO, Map.of());
        assertThat(instance(first).state()).isEqualTo(State.COMPLETED);
        assertThat(instance(second).state()).isEqualTo(State.COMPLETED);
    }

    @Test
    void aMessageWithoutTimeToLiveOrPastItIsNotCorrelatedLater() {
        String message = unique("verlopen");
        String processId = deployCatch(message);
        engine.publishMessage(message, "E-5", Duration.ZERO, Map.of());
        engine.publishMessage(message, "E-5", Duration.ofMillis(300), Map.of());
        Instant expired = Instant.now().plusMillis(400);
        await().pollDelay(Duration.ofMillis(450)).until(() -> Instant.now().isAfter(expired));

        long instanceKey = engine.createProcessInstance(processId, Map.of("opgaveId", "E-5")).processInstanceKey();

        assertThat(instance(instanceKey).state()).isEqualTo(State.ACTIVE);
        assertThat(instance(instanceKey).activeElementIds()).containsExactly("catch_event_besluit");
    }

    @Test
    void aMissingCorrelationKeyVariableRaisesAnIncident() {
        String message = unique("zonder");
        long instanceKey = engine.createProcessInstance(deployCatch(message), Map.of()).processInstanceKey();

        assertThat(engine.incidents(instanceKey)).singleElement()
                .extracting(Incident::elementId).isEqualTo("catch_event_besluit");
    }
}
