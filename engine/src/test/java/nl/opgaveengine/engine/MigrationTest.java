package nl.opgaveengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.Map;
import nl.opgaveengine.engine.EngineException.Rejection;
import nl.opgaveengine.engine.ProcessInstanceState.State;
import org.junit.jupiter.api.Test;

/** Migration to another version with an explicit mapping; variables and their history; SetVariables; job timeout. */
class MigrationTest extends EngineTestSupport {

    private BpmnModelInstance v1(String processId, String jobType) {
        return Bpmn.createExecutableProcess(processId)
                .startEvent()
                .serviceTask("service_task_toets", t -> t.zeebeJobType(jobType))
                .endEvent("end_event_v1")
                .done();
    }

    private BpmnModelInstance v2(String processId, String jobType) {
        return Bpmn.createExecutableProcess(processId)
                .startEvent()
                .serviceTask("service_task_toets_v2", t -> t.zeebeJobType(jobType))
                .userTask("user_task_nieuw")
                .endEvent("end_event_v2")
                .done();
    }

    @Test
    void aMigratedInstanceKeepsItsKeysAndContinuesOnTheNewVersion() {
        String processId = unique("migratie");
        String jobType = unique("migratie-job");
        ProcessDefinition first = deploy(v1(processId, jobType));
        long key = engine.createProcessInstance(processId, Map.of("a", 1)).processInstanceKey();
        ActivatedJob job = awaitJobs(jobType, 1).get(0);
        ProcessDefinition second = deploy(v2(processId, jobType));
        assertThat(second.version()).isEqualTo(first.version() + 1);

        engine.migrateProcessInstance(key, second.key(), Map.of("service_task_toets", "service_task_toets_v2"),
                "beheerder", "nieuwe stap verplicht");

        ProcessInstanceState migrated = instance(key);
        assertThat(migrated.processDefinitionKey()).isEqualTo(second.key());
        assertThat(migrated.version()).isEqualTo(second.version());
        assertThat(migrated.activeElementIds()).containsExactly("service_task_toets_v2");
        engine.completeJob(job.key(), Map.of());
        assertThat(instance(key).activeElementIds()).containsExactly("user_task_nieuw");
        engine.completeUserTask(engine.userTasks(UserTaskFilter.ofInstance(key)).get(0).key(), Map.of());
        assertThat(instance(key).state()).isEqualTo(State.COMPLETED);
        assertThat(elementHistory(key)).contains(processId + ":MIGRATED", "end_event_v2:COMPLETED");
        assertThat(jdbc.queryForMap("SELECT actor, reason FROM engine_migration WHERE process_instance_key = ?", key))
                .containsEntry("actor", "beheerder").containsEntry("reason", "nieuwe stap verplicht");
    }

    @Test
    void aMappingThatDoesNotFitIsRefusedWithTheReason() {
        String processId = unique("migratie-fout");
        String jobType = unique("migratie-fout-job");
        deploy(v1(processId, jobType));
        long key = engine.createProcessInstance(processId, Map.of()).processInstanceKey();
        ProcessDefinition second = deploy(v2(processId, jobType));

        assertThatThrownBy(() -> engine.migrateProcessInstance(key, second.key(), Map.of(), "b", "r"))
                .isInstanceOfSatisfying(EngineException.class, e -> {
                    assertThat(e.rejection()).isEqualTo(Rejection.INVALID_STATE);
                    assertThat(e.getMessage()).contains("'service_task_toets' is not mapped");
                });
        assertThatThrownBy(() -> engine.migrateProcessInstance(key, second.key(),
                Map.of("service_task_toets", "user_task_nieuw"), "b", "r"))
                .isInstanceOfSatisfying(EngineException.class, e -> {
                    assertThat(e.rejection()).isEqualTo(Rejection.INVALID_STATE);
                    assertThat(e.getMessage()).contains("SERVICE_TASK").contains("USER_TASK");
                });
        assertThatThrownBy(() -> engine.migrateProcessInstance(key, second.key(),
                Map.of("service_task_toets", "bestaat_niet"), "b", "r"))
                .isInstanceOfSatisfying(EngineException.class, e ->
                        assertThat(e.rejection()).isEqualTo(Rejection.INVALID_ARGUMENT));
        assertThatThrownBy(() -> engine.migrateProcessInstance(key, 42L, Map.of(), "b", "r"))
                .isInstanceOfSatisfying(EngineException.class, e ->
                        assertThat(e.rejection()).isEqualTo(Rejection.NOT_FOUND));
        assertThat(instance(key).version()).isEqualTo(1);
    }

    @Test
    void variableChangesAreInTheHistoryAndSetVariablesPropagatesOrStaysLocal() {
        String processId = unique("variabelen");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .subProcess("sub_process_fase", s -> s.zeebeInputExpression("1", "fase")
                        .embeddedSubProcess().startEvent().userTask("user_task_werk").endEvent())
                .endEvent()
                .done());
        long key = engine.createProcessInstance(processId, Map.of("budget", 5)).processInstanceKey();
        long sub = engine.activeElements(key).stream().filter(e -> e.elementId().equals("sub_process_fase"))
                .findFirst().orElseThrow().key();

        engine.setVariables(sub, Map.of("fase", 2, "budget", 6), false);
        engine.setVariables(sub, Map.of("notitie", "lokaal"), true);

        assertThat(instance(key).variables()).containsEntry("budget", 6).doesNotContainKeys("fase", "notitie");
        assertThat(engine.variableHistory(key)).extracting(v -> v.name() + "=" + v.value())
                .containsSubsequence("budget=5", "fase=1", "fase=2", "notitie=lokaal")
                .containsSubsequence("budget=5", "budget=6");
        assertThatThrownBy(() -> engine.setVariables(123L, Map.of("x", 1), false))
                .isInstanceOfSatisfying(EngineException.class, e ->
                        assertThat(e.rejection()).isEqualTo(Rejection.NOT_FOUND));
    }

    @Test
    void theTimeoutOfAnActivatedJobCanBeMoved() {
        String processId = unique("timeout");
        String jobType = unique("timeout-job");
        deploy(v1(processId, jobType));
        engine.createProcessInstance(processId, Map.of());
        ActivatedJob job = awaitJobs(jobType, 1).get(0);

        engine.updateJobTimeout(job.key(), java.time.Duration.ofHours(2));

        java.time.OffsetDateTime deadline = jdbc.queryForObject("SELECT deadline FROM engine_job WHERE job_key = ?",
                java.time.OffsetDateTime.class, job.key());
        assertThat(deadline.toInstant()).isAfter(job.deadline());
        engine.completeJob(job.key(), Map.of());
        assertThatThrownBy(() -> engine.updateJobTimeout(job.key(), java.time.Duration.ofHours(1)))
                .isInstanceOfSatisfying(EngineException.class, e ->
                        assertThat(e.rejection()).isEqualTo(Rejection.NOT_FOUND));
    }
}
