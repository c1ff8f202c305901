package nl.opgaveengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import nl.opgaveengine.engine.ProcessInstanceState.State;
import org.junit.jupiter.api.Test;

/**
 * The converging inclusive gateway as Camunda 8 defines it: it goes on once every incoming flow brought a token, or
 * when no path leads any more from an active element to it (apart from the incoming flows already taken).
 */
class InclusiveGatewayTest extends EngineTestSupport {

    /** fork: a, b, c by condition; each a service task; join; one task after the join. */
    private String forkJoin(String jobType) {
        String processId = unique("inclusive");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .inclusiveGateway("gateway_fork")
                .conditionExpression("a").serviceTask("service_task_a", t -> t.zeebeJobType(jobType))
                .inclusiveGateway("gateway_join")
                .serviceTask("service_task_na", t -> t.zeebeJobType(jobType + "-na"))
                .endEvent("end_event_klaar")
                .moveToNode("gateway_fork")
                .conditionExpression("b").serviceTask("service_task_b", t -> t.zeebeJobType(jobType))
                .connectTo("gateway_join")
                .moveToNode("gateway_fork")
                .conditionExpression("c").serviceTask("service_task_c", t -> t.zeebeJobType(jobType))
                .connectTo("gateway_join")
                .done());
        return processId;
    }

    private long joinActivations(long instanceKey) {
        return elementHistory(instanceKey).stream().filter("gateway_join:ACTIVATED"::equals).count();
    }

    @Test
    void waitsForEveryTakenBranchButNotForTheOneNotTaken() {
        String jobType = unique("inclusief");
        long instanceKey = engine.createProcessInstance(forkJoin(jobType), Map.of("a", true, "b", true, "c", false))
                .processInstanceKey();
        List<ActivatedJob> jobs = activate(jobType, 10);
        assertThat(jobs).extracting(ActivatedJob::elementId)
                .containsExactlyInAnyOrder("service_task_a", "service_task_b");

        engine.completeJob(jobs.get(0).key(), Map.of());
        assertThat(activate(jobType + "-na", 1)).as("the join waits for the other taken branch").isEmpty();
        assertThat(instance(instanceKey).activeElementIds()).containsExactly(jobs.get(1).elementId());

        engine.completeJob(jobs.get(1).key(), Map.of());
        engine.completeJob(activate(jobType + "-na", 1).get(0).key(), Map.of());

        assertThat(instance(instanceKey).state()).isEqualTo(State.COMPLETED);
        assertThat(joinActivations(instanceKey)).isEqualTo(1);
    }

    @Test
    void oneTakenBranchPassesTheJoinAtOnce() {
        String jobType = unique("inclusief");
        long instanceKey = engine.createProcessInstance(forkJoin(jobType), Map.of("a", false, "b", true, "c", false))
                .processInstanceKey();
        engine.completeJob(activate(jobType, 10).get(0).key(), Map.of());
        engine.completeJob(activate(jobType + "-na", 1).get(0).key(), Map.of());

        assertThat(instance(instanceKey).state()).isEqualTo(State.COMPLETED);
        assertThat(joinActivations(instanceKey)).isEqualTo(1);
    }

    @Test
    void allBranchesTakenJoinLikeAParallelGateway() {
        String jobType = unique("inclusief");
        long instanceKey = engine.createProcessInstance(forkJoin(jobType), Map.of("a", true, "b", true, "c", true))
                .processInstanceKey();
        List<ActivatedJob> jobs = activate(jobType, 10);
        assertThat(jobs).hasSize(3);
        engine.completeJob(jobs.get(2).key(), Map.of());
        engine.completeJob(jobs.get(0).key(), Map.of());
        assertThat(activate(jobType + "-na", 1)).isEmpty();
        engine.completeJob(jobs.get(1).key(), Map.of());
        engine.completeJob(activate(jobType + "-na", 1).get(0).key(), Map.of());

        assertThat(instance(instanceKey).state()).isEqualTo(State.COMPLETED);
        assertThat(joinActivations(instanceKey)).isEqualTo(1);
    }

    @Test
    void aBranchThatTurnsAwayNoLongerHoldsTheJoin() {
        String jobType = unique("inclusief");
        String processId = unique("inclusive-afslag");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .parallelGateway("gateway_splits")
                .serviceTask("service_task_a", t -> t.zeebeJobType(jobType + "-a"))
                .inclusiveGateway("gateway_join")
                .endEvent("end_event_samen")
                .moveToNode("gateway_splits")
                .serviceTask("service_task_b", t -> t.zeebeJobType(jobType + "-b"))
                .exclusiveGateway("gateway_afslag")
                .conditionExpression("afslaan").endEvent("end_event_afgeslagen")
                .moveToLastExclusiveGateway().defaultFlow().connectTo("gateway_join")
                .done());
        long instanceKey = engine.createProcessInstance(processId, Map.of("afslaan", true)).processInstanceKey();

        engine.completeJob(activate(jobType + "-a", 1).get(0).key(), Map.of());
        assertThat(instance(instanceKey).activeElementIds()).as("b can still reach the join")
                .containsExactly("service_task_b");
        engine.completeJob(activate(jobType + "-b", 1).get(0).key(), Map.of());

        assertThat(instance(instanceKey).state()).isEqualTo(State.COMPLETED);
        assertThat(elementHistory(instanceKey)).contains("end_event_afgeslagen:COMPLETED",
                "gateway_join:COMPLETED", "end_event_samen:COMPLETED");
        assertThat(joinActivations(instanceKey)).isEqualTo(1);
    }
}
