package nl.opgaveengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import nl.opgaveengine.engine.ProcessInstanceState.State;
import nl.opgaveengine.engine.lookup.EngineLookupProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ServiceTaskTest extends EngineTestSupport {

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void inProcessWorkerCompletesServiceTaskAndInstanceCompletesWithHistoryInOrder() {
        String processId = unique("service");
        ProcessDefinition definition = deploy(Bpmn.createExecutableProcess(processId)
                .startEvent("start_event")
                .serviceTask("service_task_echo", t -> t.zeebeJobType(EngineTestApplication.ECHO_JOB)
                        .zeebeTaskHeader("result", "klaar"))
                .endEvent("end_event")
                .done());

        ProcessInstanceCreated created = engine.createProcessInstance(processId, Map.of("amount", 42));

        assertThat(created.processDefinitionKey()).isEqualTo(definition.key());
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.processInstanceKey()).isGreaterThan(1L << 51);
        ProcessInstanceState done = awaitState(created.processInstanceKey(), State.COMPLETED);
        assertThat(done.variables()).containsEntry("echoed", "klaar").containsEntry("seenAmount", 42)
                .containsEntry("amount", 42);
        assertThat(done.activeElementIds()).isEmpty();
        assertThat(elementHistory(created.processInstanceKey())).containsExactly(
                processId + ":ACTIVATED",
                "start_event:ACTIVATED", "start_event:COMPLETED",
                "service_task_echo:ACTIVATED", "service_task_echo:COMPLETED",
                "end_event:ACTIVATED", "end_event:COMPLETED",
                processId + ":COMPLETED");
        assertThat(engine.history(created.processInstanceKey()).get(3).elementType()).isEqualTo("SERVICE_TASK");
    }

    @Test
    void jobCarriesHeadersVariablesAndExpressionJobType() {
        String processId = unique("job-expression");
        String jobType = unique("type");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .serviceTask("service_task_dynamic", t -> t.zeebeJobTypeExpression("\"" + jobType + "-\" + kind")
                        .zeebeJobRetries("5").zeebeTaskHeader("fase", "intake")
                        .zeebeInputExpression("amount * 2", "double")
                        .zeebeOutputExpression("answer + 1", "result"))
                .endEvent()
                .done());
        long instanceKey = engine.createProcessInstance(processId, Map.of("kind", "a", "amount", 21))
                .processInstanceKey();

        ActivatedJob job = activate(jobType + "-a", 1).get(0);

        assertThat(job.processInstanceKey()).isEqualTo(instanceKey);
        assertThat(job.customHeaders()).containsEntry("fase", "intake");
        assertThat(job.retries()).isEqualTo(5);
        assertThat(job.elementId()).isEqualTo("service_task_dynamic");
        assertThat(job.variables()).containsEntry("double", 42).containsEntry("kind", "a");
        assertThat(instance(instanceKey).activeElementIds()).containsExactly("service_task_dynamic");
        assertThat(activate(jobType + "-a", 1)).as("locked until its deadline").isEmpty();

        engine.completeJob(job.key(), Map.of("answer", 41));

        ProcessInstanceState done = awaitState(instanceKey, State.COMPLETED);
        assertThat(done.variables()).containsEntry("result", 42).doesNotContainKey("answer")
                .doesNotContainKey("double");
    }

    @Test
    void completingAnUnknownJobIsRefusedAsNotFound() {
        assertThatThrownBy(() -> engine.completeJob(42L, Map.of()))
                .isInstanceOfSatisfying(EngineException.class,
                        e -> assertThat(e.rejection()).isEqualTo(EngineException.Rejection.NOT_FOUND));
    }

    @Test
    void cancelTerminatesActiveElementsAndRemovesTheJob() {
        String processId = unique("cancel");
        String jobType = unique("type");
        deploy(Bpmn.createExecutableProcess(processId).startEvent()
                .serviceTask("service_task_wait", t -> t.zeebeJobType(jobType)).endEvent().done());
        long instanceKey = engine.createProcessInstance(processId, Map.of()).processInstanceKey();

        engine.cancelProcessInstance(instanceKey);

        assertThat(instance(instanceKey).state()).isEqualTo(State.TERMINATED);
        assertThat(activate(jobType, 5)).isEmpty();
        assertThat(elementHistory(instanceKey)).endsWith("service_task_wait:TERMINATED", processId + ":TERMINATED");
    }

    @Test
    void lookupProcessorIsSubscribingSoLookupsCommitWithTheEvents() {
        assertThat(processing.eventProcessor(EngineLookupProjection.PROCESSING_GROUP))
                .get().isInstanceOf(SubscribingEventProcessor.class);
    }
}
