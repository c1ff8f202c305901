package nl.opgaveengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.opgaveengine.engine.ProcessInstanceState.State;
import org.junit.jupiter.api.Test;

/** Inclusive gateway, script task, embedded sub-process with its variable scope and mappings. */
class GatewayAndScopeTest extends EngineTestSupport {

    @Test
    void inclusiveGatewayTakesEveryFlowWhoseConditionHolds() {
        String processId = unique("inclusief");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .inclusiveGateway("gateway_adviezen")
                .conditionExpression("juridisch").endEvent("end_event_juridisch")
                .moveToLastInclusiveGateway().conditionExpression("financieel").endEvent("end_event_financieel")
                .moveToLastInclusiveGateway().defaultFlow().endEvent("end_event_geen")
                .done());

        long both = engine.createProcessInstance(processId, Map.of("juridisch", true, "financieel", true))
                .processInstanceKey();
        long none = engine.createProcessInstance(processId, Map.of("juridisch", false, "financieel", false))
                .processInstanceKey();

        assertThat(elementHistory(both)).contains("end_event_juridisch:COMPLETED", "end_event_financieel:COMPLETED")
                .doesNotContain("end_event_geen:COMPLETED");
        assertThat(elementHistory(none)).contains("end_event_geen:COMPLETED");
    }

    @Test
    void scriptTaskSetsItsResultVariable() {
        String processId = unique("script");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .scriptTask("script_task_totaal", s -> s.zeebeExpression("bedrag * 2").zeebeResultVariable("totaal"))
                .endEvent()
                .done());

        long key = engine.createProcessInstance(processId, Map.of("bedrag", 21)).processInstanceKey();

        assertThat(instance(key).variables()).containsEntry("totaal", 42);
    }

    @Test
    void embeddedSubProcessHasItsOwnScopeAndMapsOutputs() {
        String processId = unique("sub");
        String jobType = unique("sub-job");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .subProcess("sub_process_fase", s -> s.zeebeInputExpression("budget * 10", "plafond")
                        .zeebeOutputExpression("resultaat", "faseResultaat")
                        .embeddedSubProcess()
                        .startEvent()
                        .serviceTask("service_task_in_fase", t -> t.zeebeJobType(jobType))
                        .endEvent())
                .endEvent("end_event")
                .done());
        long key = engine.createProcessInstance(processId, Map.of("budget", 5)).processInstanceKey();

        ActivatedJob job = awaitJobs(jobType, 1).get(0);
        assertThat(job.variables()).containsEntry("plafond", 50).containsEntry("budget", 5);
        assertThat(instance(key).activeElementIds()).containsExactly("sub_process_fase", "service_task_in_fase");
        engine.completeJob(job.key(), Map.of("resultaat", "ok", "plafond", 60));

        ProcessInstanceState done = instance(key);
        assertThat(done.state()).isEqualTo(State.COMPLETED);
        assertThat(done.variables()).containsEntry("faseResultaat", "ok").doesNotContainKey("plafond");
        assertThat(elementHistory(key)).containsSubsequence("sub_process_fase:ACTIVATED",
                "service_task_in_fase:COMPLETED", "sub_process_fase:COMPLETED", "end_event:COMPLETED");
    }

    @Test
    void parallelBranchesInsideASubProcessJoinBeforeItCompletes() {
        String processId = unique("sub-parallel");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .subProcess("sub_process_parallel", s -> s.embeddedSubProcess()
                        .startEvent()
                        .parallelGateway("gateway_split")
                        .userTask("user_task_a").parallelGateway("gateway_join")
                        .moveToNode("gateway_split").userTask("user_task_b").connectTo("gateway_join")
                        .moveToNode("gateway_join").endEvent())
                .endEvent("end_event")
                .done());
        long key = engine.createProcessInstance(processId, Map.of()).processInstanceKey();

        engine.userTasks(UserTaskFilter.ofInstance(key)).forEach(t -> engine.completeUserTask(t.key(), Map.of()));

        assertThat(instance(key).state()).isEqualTo(State.COMPLETED);
        assertThat(elementHistory(key)).containsSubsequence("gateway_join:COMPLETED", "sub_process_parallel:COMPLETED");
    }

    @Test
    void unsupportedElementsAreRefusedAtDeployWithTheirIds() {
        String xml = Bpmn.convertToString(Bpmn.createExecutableProcess(unique("niet"))
                .startEvent()
                .manualTask("manual_task_ander")
                .intermediateCatchEvent("signal_catch_event_ander").signal("sein")
                .endEvent()
                .done());

        assertThatThrownBy(() -> engine.deploy("niet.bpmn", xml.getBytes(StandardCharsets.UTF_8), "tester"))
                .isInstanceOf(InvalidModelException.class).hasMessageContaining("manual_task_ander")
                .hasMessageContaining("signal_catch_event_ander");
    }
}
