package nl.opgaveengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.opgaveengine.engine.ProcessInstanceState.State;
import org.junit.jupiter.api.Test;

/** Multi-instance activities: parallel and sequential, input/output collections, completion condition. */
class MultiInstanceTest extends EngineTestSupport {

    @Test
    void parallelServiceTaskRunsOncePerItemAndCollectsTheOutputsInItemOrder() {
        String processId = unique("mi-parallel");
        String jobType = unique("mi-job");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .serviceTask("service_task_advies", t -> t.zeebeJobType(jobType)
                        .multiInstance(m -> m.parallel().zeebeInputCollectionExpression("adviseurs")
                                .zeebeInputElement("adviseur").zeebeOutputCollection("adviezen")
                                .zeebeOutputElementExpression("advies")))
                .endEvent("end_event")
                .done());
        long key = engine.createProcessInstance(processId, Map.of("adviseurs", List.of("jan", "piet", "kees")))
                .processInstanceKey();

        List<ActivatedJob> jobs = awaitJobs(jobType, 3);
        assertThat(jobs).extracting(j -> j.variables().get("adviseur")).containsExactlyInAnyOrder("jan", "piet", "kees");
        jobs.stream().sorted(Comparator.comparing(j -> (String) j.variables().get("adviseur"))).forEach(j ->
                engine.completeJob(j.key(), Map.of("advies", "ok-" + j.variables().get("adviseur"))));

        ProcessInstanceState done = instance(key);
        assertThat(done.state()).isEqualTo(State.COMPLETED);
        assertThat(done.variables()).containsEntry("adviezen", List.of("ok-jan", "ok-piet", "ok-kees"));
        assertThat(elementHistory(key)).filteredOn(e -> e.equals("service_task_advies:COMPLETED")).hasSize(4);
    }

    @Test
    void sequentialUserTasksComeOneAtATimeWithLoopCounter() {
        String processId = unique("mi-seq");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .userTask("user_task_review", t -> t.multiInstance(m -> m.sequential()
                        .zeebeInputCollectionExpression("[\"a\", \"b\"]").zeebeInputElement("item")))
                .endEvent()
                .done());
        long key = engine.createProcessInstance(processId, Map.of()).processInstanceKey();

        for (String expected : List.of("a", "b")) {
            List<UserTask> tasks = engine.userTasks(UserTaskFilter.ofInstance(key));
            assertThat(tasks).hasSize(1);
            long elementInstance = tasks.get(0).elementInstanceKey();
            assertThat(jdbc.queryForObject("SELECT value_json FROM engine_variable WHERE scope_key = ? AND name = 'item'",
                    String.class, elementInstance)).isEqualTo("\"" + expected + "\"");
            engine.completeUserTask(tasks.get(0).key(), Map.of());
        }
        assertThat(instance(key).state()).isEqualTo(State.COMPLETED);
    }

    @Test
    void completionConditionEndsTheBodyEarlyAndAnEmptyCollectionSkipsIt() {
        String processId = unique("mi-voorwaarde");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .subProcess("sub_process_stem", s -> s.multiInstance(m -> m.parallel()
                                .zeebeInputCollectionExpression("leden").zeebeInputElement("lid")
                                .completionCondition("=numberOfCompletedInstances >= 2"))
                        .embeddedSubProcess().startEvent().userTask("user_task_stem").endEvent())
                .endEvent()
                .done());
        long key = engine.createProcessInstance(processId, Map.of("leden", List.of(1, 2, 3))).processInstanceKey();
        List<UserTask> tasks = engine.userTasks(UserTaskFilter.ofInstance(key));
        assertThat(tasks).hasSize(3);
        engine.completeUserTask(tasks.get(0).key(), Map.of());
        engine.completeUserTask(tasks.get(1).key(), Map.of());

        assertThat(instance(key).state()).isEqualTo(State.COMPLETED);
        assertThat(elementHistory(key)).contains("user_task_stem:TERMINATED");

        long empty = engine.createProcessInstance(processId, Map.of("leden", List.of())).processInstanceKey();
        assertThat(instance(empty).state()).isEqualTo(State.COMPLETED);

        long notAList = engine.createProcessInstance(processId, Map.of("leden", "x")).processInstanceKey();
        assertThat(engine.incidents(notAList)).singleElement()
                .satisfies(i -> assertThat(i.errorMessage()).contains("ARRAY"));
    }

    @Test
    void aBoundaryEventOnAMultiInstanceActivityInterruptsTheWholeBody() {
        String processId = unique("mi-error");
        String jobType = unique("mi-error-job");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .serviceTask("service_task_check", t -> t.zeebeJobType(jobType)
                        .multiInstance(m -> m.parallel().zeebeInputCollectionExpression("[1, 2]")))
                .boundaryEvent("boundary_event_fout", b -> b.error("FOUT"))
                .endEvent("end_event_fout")
                .moveToActivity("service_task_check").endEvent("end_event_ok")
                .done());
        long key = engine.createProcessInstance(processId, Map.of()).processInstanceKey();
        List<ActivatedJob> jobs = awaitJobs(jobType, 2);
        engine.throwError(jobs.get(0).key(), "FOUT", "mis", Map.of());

        assertThat(instance(key).state()).isEqualTo(State.COMPLETED);
        assertThat(elementHistory(key)).contains("end_event_fout:COMPLETED").doesNotContain("end_event_ok:COMPLETED");
    }
}
