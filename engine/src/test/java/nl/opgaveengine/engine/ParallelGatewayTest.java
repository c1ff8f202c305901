package nl.opgaveengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.opgaveengine.engine.ProcessInstanceState.State;
import org.junit.jupiter.api.Test;

class ParallelGatewayTest extends EngineTestSupport {

    private String deployForkJoin(String jobType) {
        String processId = unique("fork-join");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .parallelGateway("gateway_fork")
                .serviceTask("service_task_a", t -> t.zeebeJobType(jobType))
                .parallelGateway("gateway_join")
                .serviceTask("service_task_after", t -> t.zeebeJobType(jobType + "-after"))
                .endEvent("end_event")
                .moveToNode("gateway_fork")
                .serviceTask("service_task_b", t -> t.zeebeJobType(jobType))
                .connectTo("gateway_join")
                .done());
        return processId;
    }

    @Test
    void forksAndJoinsOnceBothBranchesArrived() {
        String jobType = unique("branch");
        long instanceKey = engine.createProcessInstance(deployForkJoin(jobType), Map.of()).processInstanceKey();

        List<ActivatedJob> jobs = activate(jobType, 10);
        assertThat(jobs).extracting(ActivatedJob::elementId)
                .containsExactlyInAnyOrder("service_task_a", "service_task_b");

        engine.completeJob(jobs.get(0).key(), Map.of("first", true));
        assertThat(activate(jobType + "-after", 1)).as("join waits for the second branch").isEmpty();
        assertThat(instance(instanceKey).activeElementIds()).containsExactly(jobs.get(1).elementId());

        engine.completeJob(jobs.get(1).key(), Map.of("second", true));
        ActivatedJob after = activate(jobType + "-after", 1).get(0);
        assertThat(after.variables()).containsEntry("first", true).containsEntry("second", true);
        engine.completeJob(after.key(), Map.of());

        assertThat(instance(instanceKey).state()).isEqualTo(State.COMPLETED);
        assertThat(elementHistory(instanceKey).stream().filter(e -> e.equals("gateway_join:ACTIVATED")))
                .hasSize(1);
    }

    @Test
    void twoThreadsCompletingBothBranchesAtOnceLeaveAConsistentInstance() throws Exception {
        String jobType = unique("race");
        String processId = deployForkJoin(jobType);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                long instanceKey = engine.createProcessInstance(processId, Map.of()).processInstanceKey();
                List<ActivatedJob> jobs = activate(jobType, 2);
                assertThat(jobs).hasSize(2);
                CyclicBarrier together = new CyclicBarrier(2);
                List<CompletableFuture<Void>> completions = jobs.stream().map(job -> CompletableFuture.runAsync(() -> {
                    await(together);
                    engine.completeJob(job.key(), Map.of(job.elementId(), "done"));
                }, pool)).toList();
                CompletableFuture.allOf(completions.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

                List<ActivatedJob> after = activate(jobType + "-after", 5);
                assertThat(after).as("the join fires exactly once").hasSize(1);
                assertThat(after.get(0).variables()).containsKeys("service_task_a", "service_task_b");
                engine.completeJob(after.get(0).key(), Map.of());

                ProcessInstanceState done = instance(instanceKey);
                assertThat(done.state()).isEqualTo(State.COMPLETED);
                List<String> history = elementHistory(instanceKey);
                assertThat(history.stream().filter(e -> e.equals(processId + ":COMPLETED"))).hasSize(1);
                assertThat(history.stream().filter(e -> e.equals("gateway_join:ACTIVATED"))).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTerminateEndEventEndsTheInstanceAndTerminatesTheOtherBranch() {
        String jobType = unique("stopped");
        String processId = unique("terminate");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .parallelGateway("gateway_fork")
                .serviceTask("service_task_wacht", t -> t.zeebeJobType(jobType))
                .endEvent("end_event_normaal")
                .moveToNode("gateway_fork")
                .endEvent("end_event_stop", e -> e.terminate())
                .done());

        long instanceKey = engine.createProcessInstance(processId, Map.of()).processInstanceKey();

        assertThat(instance(instanceKey).state()).isEqualTo(State.COMPLETED);
        assertThat(activate(jobType, 1)).isEmpty();
        assertThat(elementHistory(instanceKey)).contains("service_task_wacht:TERMINATED", "end_event_stop:COMPLETED")
                .doesNotContain("end_event_normaal:ACTIVATED");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
