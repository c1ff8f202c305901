package nl.opgaveengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import nl.opgaveengine.engine.ProcessInstanceState.State;
import org.junit.jupiter.api.Test;

/** Ad-hoc sub-processes with Camunda 8 semantics: activate inner activities by id, repeatedly, until the condition. */
class AdHocSubProcessTest extends EngineTestSupport {

    /** The procesregie shape: divergeren, convergeren, consolideren in any order, repeated, until "klaar". */
    private String regie(String completionCondition, boolean cancelRemaining) {
        String processId = unique("regie");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .adHocSubProcess("ad_hoc_regie", a -> {
                    a.userTask("user_task_divergeren");
                    a.userTask("user_task_convergeren");
                    a.userTask("user_task_consolideren");
                    a.completionCondition(completionCondition);
                    a.cancelRemainingInstances(cancelRemaining);
                })
                .endEvent("end_event_regie")
                .done());
        return processId;
    }

    private long adHocKey(long instanceKey) {
        return engine.activeElements(instanceKey).stream()
                .filter(e -> e.elementType().equals("AD_HOC_SUB_PROCESS")).findFirst().orElseThrow().key();
    }

    private void completeTask(long instanceKey, String elementId, Map<String, Object> variables) {
        UserTask task = engine.userTasks(UserTaskFilter.ofInstance(instanceKey)).stream()
                .filter(t -> t.elementId().equals(elementId)).findFirst().orElseThrow();
        engine.completeUserTask(task.key(), variables);
    }

    @Test
    void innerActivitiesRunInAnyOrderRepeatedlyUntilTheCompletionConditionHolds() {
        long key = engine.createProcessInstance(regie("=klaar = true", true), Map.of("klaar", false))
                .processInstanceKey();
        long adHoc = adHocKey(key);
        assertThat(instance(key).activeElementIds()).containsExactly("ad_hoc_regie");

        engine.activateAdHocElements(adHoc, List.of("user_task_convergeren"));
        completeTask(key, "user_task_convergeren", Map.of());
        assertThat(instance(key).activeElementIds()).containsExactly("ad_hoc_regie");

        engine.activateAdHocElements(adHoc, List.of("user_task_divergeren", "user_task_convergeren"));
        completeTask(key, "user_task_divergeren", Map.of());
        completeTask(key, "user_task_convergeren", Map.of());
        engine.activateAdHocElements(adHoc, List.of("user_task_consolideren"));
        completeTask(key, "user_task_consolideren", Map.of("klaar", true));

        assertThat(instance(key).state()).isEqualTo(State.COMPLETED);
        assertThat(elementHistory(key)).containsSubsequence("user_task_convergeren:COMPLETED",
                "user_task_divergeren:COMPLETED", "user_task_convergeren:COMPLETED",
                "user_task_consolideren:COMPLETED", "ad_hoc_regie:COMPLETED", "end_event_regie:COMPLETED");
    }

    @Test
    void whenTheConditionHoldsRemainingInstancesAreCancelledOrAwaited() {
        long cancelling = engine.createProcessInstance(regie("=klaar", true), Map.of("klaar", false))
                .processInstanceKey();
        engine.activateAdHocElements(adHocKey(cancelling), List.of("user_task_divergeren", "user_task_consolideren"));
        completeTask(cancelling, "user_task_consolideren", Map.of("klaar", true));
        assertThat(instance(cancelling).state()).isEqualTo(State.COMPLETED);
        assertThat(elementHistory(cancelling)).contains("user_task_divergeren:TERMINATED");

        long waiting = engine.createProcessInstance(regie("=klaar", false), Map.of("klaar", false))
                .processInstanceKey();
        engine.activateAdHocElements(adHocKey(waiting), List.of("user_task_divergeren", "user_task_consolideren"));
        completeTask(waiting, "user_task_consolideren", Map.of("klaar", true));
        assertThat(instance(waiting).activeElementIds()).containsExactly("ad_hoc_regie", "user_task_divergeren");
        completeTask(waiting, "user_task_divergeren", Map.of());
        assertThat(instance(waiting).state()).isEqualTo(State.COMPLETED);
    }

    @Test
    void activeElementsCollectionActivatesOnEntryAndWithoutConditionItCompletesWhenNothingIsActive() {
        String processId = unique("adhoc-collectie");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .adHocSubProcess("ad_hoc_stappen", a -> {
                    a.zeebeActiveElementsCollectionExpression("stappen");
                    a.scriptTask("script_task_a", s -> s.zeebeExpression("1").zeebeResultVariable("a"));
                    a.userTask("user_task_b");
                })
                .endEvent()
                .done());

        long key = engine.createProcessInstance(processId, Map.of("stappen", List.of("script_task_a", "user_task_b")))
                .processInstanceKey();
        assertThat(instance(key).activeElementIds()).containsExactly("ad_hoc_stappen", "user_task_b");
        completeTask(key, "user_task_b", Map.of());
        assertThat(instance(key).state()).isEqualTo(State.COMPLETED);
        assertThat(instance(key).variables()).containsEntry("a", 1);

        long wrong = engine.createProcessInstance(processId, Map.of("stappen", List.of("bestaat_niet")))
                .processInstanceKey();
        assertThat(engine.incidents(wrong)).singleElement().satisfies(i -> {
            assertThat(i.elementId()).isEqualTo("ad_hoc_stappen");
            assertThat(i.errorMessage()).contains("bestaat_niet");
        });
    }

    @Test
    void activationIsRefusedForUnknownKeysAndElementsOutsideTheAdHocSubProcess() {
        long key = engine.createProcessInstance(regie("=klaar", true), Map.of("klaar", false)).processInstanceKey();
        long adHoc = adHocKey(key);

        assertThatThrownBy(() -> engine.activateAdHocElements(adHoc, List.of("end_event_regie")))
                .isInstanceOfSatisfying(EngineException.class, e -> {
                    assertThat(e.rejection()).isEqualTo(EngineException.Rejection.INVALID_ARGUMENT);
                    assertThat(e.getMessage()).contains("end_event_regie");
                });
        assertThatThrownBy(() -> engine.activateAdHocElements(key, List.of("user_task_divergeren")))
                .isInstanceOfSatisfying(EngineException.class, e ->
                        assertThat(e.rejection()).isEqualTo(EngineException.Rejection.NOT_FOUND));
        assertThat(instance(key).activeElementIds()).containsExactly("ad_hoc_regie");
    }

    @Test
    void activationVariablesAreLocalToEachActivatedElement() {
        String jobType = unique("uitzoeken");
        String processId = unique("regie-variabelen");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .adHocSubProcess("ad_hoc_onderzoek", a -> a.serviceTask("service_task_uitzoeken",
                        t -> t.zeebeJobType(jobType)))
                .endEvent("end_event_onderzocht")
                .done());
        long key = engine.createProcessInstance(processId, Map.of()).processInstanceKey();

        engine.activateAdHocActivities(adHocKey(key), List.of(
                new AdHocActivity("service_task_uitzoeken", Map.of("vraag", "A")),
                new AdHocActivity("service_task_uitzoeken", Map.of("vraag", "B"))));

        List<ActivatedJob> jobs = activate(jobType, 5);
        assertThat(jobs).extracting(job -> job.variables().get("vraag")).containsExactlyInAnyOrder("A", "B");
        assertThat(instance(key).variables()).doesNotContainKey("vraag");
        for (ActivatedJob job : jobs) {
            engine.completeJob(job.key(), Map.of("antwoord" + job.variables().get("vraag"), "gevonden"));
        }

        assertThat(instance(key).state()).isEqualTo(State.COMPLETED);
        assertThat(instance(key).variables()).containsEntry("antwoordA", "gevonden")
                .containsEntry("antwoordB", "gevonden").doesNotContainKey("vraag");
    }
}
