package nl.opgaveengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import nl.opgaveengine.engine.ProcessInstanceState.State;
import org.junit.jupiter.api.Test;

class UserTaskTest extends EngineTestSupport {

    @Test
    void userTaskWaitsWithAssigneeAndCandidateGroupsUntilCompleted() {
        String processId = unique("beoordeling");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .userTask("user_task_beoordeel", t -> t.name("Beoordeel aanvraag").zeebeUserTask()
                        .zeebeAssigneeExpression("behandelaar").zeebeCandidateGroups("pmo, controllers"))
                .exclusiveGateway()
                .conditionExpression("akkoord").endEvent("end_event_akkoord")
                .moveToLastExclusiveGateway().defaultFlow().endEvent("end_event_afgewezen")
                .done());
        long key = engine.createProcessInstance(processId, Map.of("behandelaar", "anna")).processInstanceKey();

        UserTask task = engine.userTasks(UserTaskFilter.ofInstance(key)).get(0);
        assertThat(task.elementId()).isEqualTo("user_task_beoordeel");
        assertThat(task.name()).isEqualTo("Beoordeel aanvraag");
        assertThat(task.assignee()).isEqualTo("anna");
        assertThat(task.candidateGroups()).containsExactly("pmo", "controllers");
        assertThat(engine.userTasks(new UserTaskFilter(null, "anna", null, null)))
                .extracting(UserTask::key).contains(task.key());
        assertThat(engine.userTasks(new UserTaskFilter(key, null, "controllers", null))).hasSize(1);
        assertThat(engine.userTasks(new UserTaskFilter(key, null, "iemand-anders", null))).isEmpty();

        engine.completeUserTask(task.key(), Map.of("akkoord", true));

        ProcessInstanceState done = instance(key);
        assertThat(done.state()).isEqualTo(State.COMPLETED);
        assertThat(done.variables()).containsEntry("akkoord", true);
        assertThat(elementHistory(key)).contains("end_event_akkoord:COMPLETED");
        assertThat(engine.userTasks(UserTaskFilter.ofInstance(key))).isEmpty();
        assertThatThrownBy(() -> engine.completeUserTask(task.key(), Map.of()))
                .isInstanceOf(EngineException.class).hasMessageContaining("bestaat niet");
    }

    @Test
    void candidateGroupsFromAFeelListAndAnInterruptingTimerCancelsTheTask() {
        String processId = unique("taak-lijst");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .userTask("user_task_besluit", t -> t.zeebeUserTask().zeebeCandidateGroupsExpression("groepen"))
                .endEvent()
                .done());
        long key = engine.createProcessInstance(processId, Map.of("groepen", List.of("a", "b"))).processInstanceKey();

        assertThat(engine.userTasks(UserTaskFilter.ofInstance(key))).singleElement()
                .satisfies(t -> assertThat(t.candidateGroups()).containsExactly("a", "b"));
        engine.cancelProcessInstance(key);
        assertThat(engine.userTasks(UserTaskFilter.ofInstance(key))).isEmpty();
    }
}
