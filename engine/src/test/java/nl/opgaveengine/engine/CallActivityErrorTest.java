package nl.opgaveengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import nl.opgaveengine.engine.ProcessInstanceState.State;
import org.junit.jupiter.api.Test;

/**
 * Camunda 8 propagates a BPMN error that a called process does not catch to its callers: the error boundary event on
 * the call activity (or on a sub-process around it, or further up the call chain) catches it and the child is
 * terminated. When no caller catches it either, the incident stays in the child at the element that threw it.
 */
class CallActivityErrorTest extends EngineTestSupport {

    /** start → service task (job type) → end; the job's worker throws the error. */
    private String childWithTask(String jobType) {
        String childId = unique("kind");
        deploy(Bpmn.createExecutableProcess(childId).startEvent()
                .serviceTask("service_task_kind", t -> t.zeebeJobType(jobType)).endEvent().done());
        return childId;
    }

    private long childOf(long parentKey) {
        return jdbc.queryForObject("SELECT process_instance_key FROM engine_process_instance"
                + " WHERE parent_process_instance_key = ?", Long.class, parentKey);
    }

    @Test
    void anErrorThrownByTheChildsJobIsCaughtOnTheCallActivity() {
        String jobType = unique("kind-job");
        String childId = childWithTask(jobType);
        String parentId = unique("ouder");
        deploy(Bpmn.createExecutableProcess(parentId).startEvent()
                .callActivity("call_activity_kind", c -> c.zeebeProcessId(childId))
                .boundaryEvent("boundary_event_afgewezen", b -> b.error("AFGEWEZEN"))
                .endEvent("end_event_afgewezen")
                .moveToActivity("call_activity_kind").endEvent("end_event_gewoon")
                .done());
        long parent = engine.createProcessInstance(parentId, Map.of()).processInstanceKey();
        ActivatedJob job = awaitJobs(jobType, 1).get(0);

        engine.throwError(job.key(), "AFGEWEZEN", "niet akkoord", Map.of("reden", "te duur"));

        ProcessInstanceState done = instance(parent);
        assertThat(done.state()).isEqualTo(State.COMPLETED);
        assertThat(done.variables()).containsEntry("reden", "te duur");
        assertThat(elementHistory(parent)).containsSubsequence("call_activity_kind:TERMINATED",
                "boundary_event_afgewezen:COMPLETED", "end_event_afgewezen:COMPLETED")
                .doesNotContain("end_event_gewoon:COMPLETED");
        assertThat(instance(job.processInstanceKey()).state()).isEqualTo(State.TERMINATED);
        assertThat(engine.incidents(job.processInstanceKey())).isEmpty();
    }

    @Test
    void anErrorEndEventInTheChildIsCaughtOnASubProcessAroundTheCallActivityByACatchAll() {
        String childId = unique("kind");
        deploy(Bpmn.createExecutableProcess(childId).startEvent()
                .endEvent("end_event_fout", e -> e.error("KAPOT")).done());
        String parentId = unique("ouder");
        deploy(Bpmn.createExecutableProcess(parentId).startEvent()
                .subProcess("sub_process_omhulsel", s -> s.embeddedSubProcess().startEvent()
                        .callActivity("call_activity_kind", c -> c.zeebeProcessId(childId)).endEvent())
                .boundaryEvent("boundary_event_alles").error()
                .endEvent("end_event_opgevangen")
                .moveToActivity("sub_process_omhulsel").endEvent("end_event_gewoon")
                .done());

        long parent = engine.createProcessInstance(parentId, Map.of()).processInstanceKey();

        assertThat(instance(parent).state()).isEqualTo(State.COMPLETED);
        assertThat(elementHistory(parent)).contains("boundary_event_alles:COMPLETED",
                "end_event_opgevangen:COMPLETED").doesNotContain("end_event_gewoon:COMPLETED");
        assertThat(instance(childOf(parent)).state()).isEqualTo(State.TERMINATED);
    }

    @Test
    void theErrorTravelsUpTheWholeCallChain() {
        String jobType = unique("kleinkind-job");
        String grandchildId = childWithTask(jobType);
        String childId = unique("kind");
        deploy(Bpmn.createExecutableProcess(childId).startEvent()
                .callActivity("call_activity_kleinkind", c -> c.zeebeProcessId(grandchildId)).endEvent().done());
        String parentId = unique("ouder");
        deploy(Bpmn.createExecutableProcess(parentId).startEvent()
                .callActivity("call_activity_kind", c -> c.zeebeProcessId(childId))
                .boundaryEvent("boundary_event_fout", b -> b.error("FOUT"))
                .endEvent("end_event_fout")
                .moveToActivity("call_activity_kind").endEvent()
                .done());
        long parent = engine.createProcessInstance(parentId, Map.of()).processInstanceKey();
        ActivatedJob job = awaitJobs(jobType, 1).get(0);

        engine.throwError(job.key(), "FOUT", null, Map.of());

        assertThat(instance(parent).state()).isEqualTo(State.COMPLETED);
        assertThat(elementHistory(parent)).contains("end_event_fout:COMPLETED");
        assertThat(instance(childOf(parent)).state()).isEqualTo(State.TERMINATED);
        assertThat(instance(job.processInstanceKey()).state()).isEqualTo(State.TERMINATED);
    }

    @Test
    void anErrorNoCallerCatchesIsAnIncidentInTheChild() {
        String jobType = unique("kind-job");
        String childId = childWithTask(jobType);
        String parentId = unique("ouder");
        deploy(Bpmn.createExecutableProcess(parentId).startEvent()
                .callActivity("call_activity_kind", c -> c.zeebeProcessId(childId))
                .boundaryEvent("boundary_event_ander", b -> b.error("ANDERE_CODE"))
                .endEvent()
                .moveToActivity("call_activity_kind").endEvent()
                .done());
        long parent = engine.createProcessInstance(parentId, Map.of()).processInstanceKey();
        ActivatedJob job = awaitJobs(jobType, 1).get(0);

        engine.throwError(job.key(), "ONBEKEND", "niemand vangt dit", Map.of());

        assertThat(engine.incidents(job.processInstanceKey())).singleElement()
                .satisfies(i -> assertThat(i.errorType()).isEqualTo("UNHANDLED_ERROR_EVENT"));
        assertThat(instance(job.processInstanceKey()).state()).isEqualTo(State.ACTIVE);
        assertThat(instance(parent).activeElementIds()).containsExactly("call_activity_kind");
    }
}
