package nl.opgaveengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.Map;
import nl.opgaveengine.engine.ProcessInstanceState.State;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class TransactionJoinTest extends EngineTestSupport {

    @Autowired
    PlatformTransactionManager transactionManager;

    private String model(String message, String jobType) {
        String processId = unique("joined");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .intermediateCatchEvent("catch_event_start", e -> e.message(m -> m.name(message)
                        .zeebeCorrelationKeyExpression("opgaveId")))
                .serviceTask("service_task_na", t -> t.zeebeJobType(jobType))
                .endEvent()
                .done());
        return processId;
    }

    @Test
    void engineCallsJoinTheCallersTransaction() {
        String message = unique("samen");
        String jobType = unique("samen");
        String processId = model(message, jobType);

        long instanceKey = new TransactionTemplate(transactionManager).execute(status -> {
            long key = engine.createProcessInstance(processId, Map.of("opgaveId", "T-1")).processInstanceKey();
            engine.publishMessage(message, "T-1", Duration.ZERO, Map.of());
            ActivatedJob job = engine.activateJobs(jobType, "in-tx", Duration.ofMinutes(1), 1).get(0);
            engine.completeJob(job.key(), Map.of("klaar", true));
            return key;
        });

        assertThat(instance(instanceKey).state()).isEqualTo(State.COMPLETED);
    }

    @Test
    void aRolledBackCallerTransactionLeavesNoEngineState() {
        String processId = unique("rollback");
        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            deploy(Bpmn.createExecutableProcess(processId).startEvent().endEvent().done());
            engine.createProcessInstance(processId, Map.of());
            throw new IllegalStateException("de aanroeper ziet af");
        })).hasMessage("de aanroeper ziet af");

        assertThat(engine.latestDefinition(processId)).isEmpty();
    }
}
