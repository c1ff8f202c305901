package nl.opgaveengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import nl.opgaveengine.engine.ProcessInstanceState.State;
import org.junit.jupiter.api.Test;

class ExclusiveGatewayTest extends EngineTestSupport {

    private String deployRouting(boolean withDefault) {
        String processId = unique("xor");
        var gateway = Bpmn.createExecutableProcess(processId)
                .startEvent()
                .exclusiveGateway("gateway_bedrag")
                .sequenceFlowId("flow_groot").conditionExpression("bedrag > 1000")
                .endEvent("end_event_groot")
                .moveToLastExclusiveGateway()
                .sequenceFlowId("flow_middel").conditionExpression("bedrag > 100")
                .endEvent("end_event_middel");
        if (withDefault) {
            gateway = gateway.moveToLastExclusiveGateway().defaultFlow().sequenceFlowId("flow_klein")
                    .endEvent("end_event_klein");
        }
        deploy(gateway.done());
        return processId;
    }

    @Test
    void routesOnTheFirstTrueConditionInOrder() {
        String processId = deployRouting(true);

        long big = engine.createProcessInstance(processId, Map.of("bedrag", 5000)).processInstanceKey();
        long middle = engine.createProcessInstance(processId, Map.of("bedrag", 500)).processInstanceKey();

        assertThat(instance(big).state()).isEqualTo(State.COMPLETED);
        assertThat(elementHistory(big)).contains("end_event_groot:COMPLETED").doesNotContain("end_event_middel:ACTIVATED");
        assertThat(elementHistory(middle)).contains("end_event_middel:COMPLETED");
    }

    @Test
    void takesTheDefaultFlowWhenNoConditionHolds() {
        String processId = deployRouting(true);

        long small = engine.createProcessInstance(processId, Map.of("bedrag", 5)).processInstanceKey();

        assertThat(instance(small).state()).isEqualTo(State.COMPLETED);
        assertThat(elementHistory(small)).contains("end_event_klein:COMPLETED");
    }

    @Test
    void raisesAnIncidentWhenNoConditionHoldsAndThereIsNoDefault() {
        String processId = deployRouting(false);

        long small = engine.createProcessInstance(processId, Map.of("bedrag", 5)).processInstanceKey();

        ProcessInstanceState state = instance(small);
        assertThat(state.state()).isEqualTo(State.ACTIVE);
        assertThat(state.activeElementIds()).containsExactly("gateway_bedrag");
        assertThat(engine.incidents(small)).singleElement().satisfies(incident -> {
            assertThat(incident.elementId()).isEqualTo("gateway_bedrag");
            assertThat(incident.errorType()).isEqualTo("CONDITION_ERROR");
        });
    }

    @Test
    void aConditionOnAMissingVariableRaisesAnIncidentThatCanBeResolvedAfterwards() {
        String processId = deployRouting(true);

        long instanceKey = engine.createProcessInstance(processId, Map.of()).processInstanceKey();

        Incident incident = engine.incidents(instanceKey).get(0);
        assertThat(incident.errorMessage()).contains("bedrag");
        engine.resolveIncident(incident.key());
        assertThat(engine.incidents(instanceKey)).hasSize(1).extracting(Incident::key).doesNotContain(incident.key());
    }
}
