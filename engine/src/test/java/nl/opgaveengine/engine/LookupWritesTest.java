package nl.opgaveengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The lookup tables as the held-back, batched writes of a transaction leave them (see {@code LookupWrites}). */
class LookupWritesTest extends EngineTestSupport {

    @Autowired
    PlatformTransactionManager transactionManager;

    /** start → gateway → script task (doubles bedrag) → service task → end. */
    private String model() {
        String processId = unique("writes");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent("start_event_in")
                .exclusiveGateway("gateway_door")
                .scriptTask("script_task_dubbel", s -> s.zeebeExpression("bedrag * 2").zeebeResultVariable("bedrag"))
                .serviceTask("service_task_wacht", t -> t.zeebeJobType(processId + "-job"))
                .endEvent("end_event_uit")
                .done());
        return processId;
    }

    private List<String> elementRows(long instanceKey) {
        return jdbc.queryForList("SELECT element_id FROM engine_element_instance WHERE process_instance_key = ?"
                + " ORDER BY element_instance_key", String.class, instanceKey);
    }

    private List<String> history(long instanceKey) {
        return engine.history(instanceKey).stream().map(h -> h.elementId() + ":" + h.state()).toList();
    }

    @Test
    void elementsPassedInOneStepLeaveHistoryButNoLookupRows() {
        String processId = model();

        long key = engine.createProcessInstance(processId, Map.of("bedrag", 5)).processInstanceKey();

        assertThat(elementRows(key)).containsExactly("service_task_wacht");
        assertThat(history(key)).containsExactly(processId + ":ACTIVATED", "start_event_in:ACTIVATED",
                "start_event_in:COMPLETED", "gateway_door:ACTIVATED", "gateway_door:COMPLETED",
                "script_task_dubbel:ACTIVATED", "script_task_dubbel:COMPLETED", "service_task_wacht:ACTIVATED");
        assertThat(jdbc.queryForList("SELECT value_json FROM engine_variable WHERE scope_key = ? AND name = 'bedrag'",
                String.class, key)).containsExactly("10");
        assertThat(engine.variableHistory(key)).extracting(VariableChange::name, c -> String.valueOf(c.value()))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bedrag", "5"),
                        org.assertj.core.groups.Tuple.tuple("bedrag", "10"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM engine_job WHERE process_instance_key = ?",
                Integer.class, key)).isEqualTo(1);
    }

    @Test
    void anInstanceEndedInTheSameStepAsItsLastJobLeavesNoLookupRowsButItsOwnAndTheHistory() {
        String processId = model();
        long key = engine.createProcessInstance(processId, Map.of("bedrag", 1)).processInstanceKey();
        ActivatedJob job = activate(processId + "-job", 1).get(0);

        engine.completeJob(job.key(), Map.of("klaar", true));

        assertThat(instance(key).state()).isEqualTo(ProcessInstanceState.State.COMPLETED);
        assertThat(elementRows(key)).isEmpty();
        for (String table : List.of("engine_job", "engine_incident", "engine_message_subscription")) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE process_instance_key = ?",
                    Integer.class, key)).as(table).isZero();
        }
        assertThat(history(key)).endsWith("service_task_wacht:COMPLETED", "end_event_uit:ACTIVATED",
                "end_event_uit:COMPLETED", processId + ":COMPLETED");
        assertThat(instance(key).variables()).containsEntry("bedrag", 2).containsEntry("klaar", true);
    }

    @Test
    void aReadInTheSameTransactionSeesWhatTheTransactionWrote() {
        String processId = model();

        List<Object> seen = new TransactionTemplate(transactionManager).execute(status -> {
            long key = engine.createProcessInstance(processId, Map.of("bedrag", 3)).processInstanceKey();
            List<String> active = engine.activeElements(key).stream().map(ElementInstance::elementId).toList();
            Object bedrag = engine.processInstance(key).orElseThrow().variables().get("bedrag");
            List<ActivatedJob> jobs = activate(processId + "-job", 1);
            return List.of(active, bedrag, jobs.size());
        });

        assertThat(seen).containsExactly(List.of("service_task_wacht"), 6, 1);
    }

    @Test
    void aRolledBackTransactionLeavesNoLookupRows() {
        String processId = model();

        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            engine.createProcessInstance(processId, Map.of("bedrag", 4));
            throw new IllegalStateException("de aanroeper ziet af");
        })).hasMessage("de aanroeper ziet af");

        assertThat(instanceCount(processId)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM engine_job WHERE job_type = ?", Integer.class,
                processId + "-job")).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM engine_element_history WHERE element_id = ?",
                Integer.class, processId)).isZero();
    }
}
