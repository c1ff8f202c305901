package nl.opgaveengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import nl.opgaveengine.engine.ProcessInstanceState.State;
import org.junit.jupiter.api.Test;

/** Call activities: a child instance per call, variables both ways, cancellation from the root only. */
class CallActivityTest extends EngineTestSupport {

    private String child(String jobType) {
        String childId = unique("kind");
        deploy(Bpmn.createExecutableProcess(childId)
                .startEvent()
                .serviceTask("service_task_kind", t -> t.zeebeJobType(jobType))
                .endEvent()
                .done());
        return childId;
    }

    private long childOf(long parentKey) {
        return jdbc.queryForObject("SELECT process_instance_key FROM engine_process_instance"
                + " WHERE parent_process_instance_key = ?", Long.class, parentKey);
    }

    @Test
    void allVariablesGoDownAndComeBackByDefault() {
        String jobType = unique("kind-job");
        String childId = child(jobType);
        String parentId = unique("ouder");
        deploy(Bpmn.createExecutableProcess(parentId)
                .startEvent()
                .callActivity("call_activity_kind", c -> c.zeebeProcessId(childId))
                .endEvent("end_event_ouder")
                .done());

        long parent = engine.createProcessInstance(parentId, Map.of("budget", 10)).processInstanceKey();
        ActivatedJob job = awaitJobs(jobType, 1).get(0);
        assertThat(job.bpmnProcessId()).isEqualTo(childId);
        assertThat(job.variables()).containsEntry("budget", 10);
        engine.completeJob(job.key(), Map.of("uitkomst", "akkoord"));

        ProcessInstanceState done = instance(parent);
        assertThat(done.state()).isEqualTo(State.COMPLETED);
        assertThat(done.variables()).containsEntry("uitkomst", "akkoord").containsEntry("budget", 10);
        assertThat(instance(job.processInstanceKey()).state()).isEqualTo(State.COMPLETED);
        assertThat(elementHistory(parent)).containsSubsequence("call_activity_kind:ACTIVATED",
                "call_activity_kind:COMPLETED", "end_event_ouder:COMPLETED");
    }

    @Test
    void withoutPropagationOnlyMappingsCross() {
        String jobType = unique("kind-job");
        String childId = child(jobType);
        String parentId = unique("ouder");
        deploy(Bpmn.createExecutableProcess(parentId)
                .startEvent()
                .callActivity("call_activity_kind", c -> c.zeebeProcessId(childId)
                        .zeebePropagateAllParentVariables(false).zeebePropagateAllChildVariables(false)
                        .zeebeInputExpression("budget * 2", "plafond")
                        .zeebeOutputExpression("uitkomst", "besluit"))
                .endEvent()
                .done());

        long parent = engine.createProcessInstance(parentId, Map.of("budget", 10, "geheim", "x"))
                .processInstanceKey();
        ActivatedJob job = awaitJobs(jobType, 1).get(0);
        assertThat(job.variables()).containsEntry("plafond", 20).doesNotContainKeys("budget", "geheim");
        engine.completeJob(job.key(), Map.of("uitkomst", "akkoord", "intern", 1));

        assertThat(instance(parent).variables()).containsEntry("besluit", "akkoord")
                .doesNotContainKeys("uitkomst", "intern", "plafond");
    }

    @Test
    void aChildIsCancelledOnlyThroughItsRoot() {
        String jobType = unique("kind-job");
        String childId = child(jobType);
        String parentId = unique("ouder");
        deploy(Bpmn.createExecutableProcess(parentId)
                .startEvent()
                .callActivity("call_activity_kind", c -> c.zeebeProcessId(childId))
                .endEvent()
                .done());
        long parent = engine.createProcessInstance(parentId, Map.of()).processInstanceKey();
        long child = childOf(parent);

        assertThatThrownBy(() -> engine.cancelProcessInstance(child))
                .isInstanceOfSatisfying(EngineException.class, e -> {
                    assertThat(e.rejection()).isEqualTo(EngineException.Rejection.INVALID_STATE);
                    assertThat(e.getMessage()).contains("Cancel the root process instance '" + parent + "'");
                });
        engine.cancelProcessInstance(parent);

        assertThat(instance(parent).state()).isEqualTo(State.TERMINATED);
        assertThat(instance(child).state()).isEqualTo(State.TERMINATED);
        assertThat(activate(jobType, 1)).isEmpty();
    }

    @Test
    void anUndeployedCalledProcessIsAnIncidentThatCanBeResolvedAfterDeploying() {
        String childId = unique("later");
        String parentId = unique("ouder");
        deploy(Bpmn.createExecutableProcess(parentId)
                .startEvent()
                .callActivity("call_activity_later", c -> c.zeebeProcessId(childId))
                .endEvent()
                .done());
        long parent = engine.createProcessInstance(parentId, Map.of()).processInstanceKey();
        Incident incident = engine.incidents(parent).get(0);
        assertThat(incident.errorType()).isEqualTo("CALLED_ELEMENT_ERROR");
        assertThat(incident.errorMessage()).contains(childId);

        deploy(Bpmn.createExecutableProcess(childId).startEvent().endEvent().done());
        engine.resolveIncident(incident.key());

        assertThat(instance(parent).state()).isEqualTo(State.COMPLETED);
    }
}
