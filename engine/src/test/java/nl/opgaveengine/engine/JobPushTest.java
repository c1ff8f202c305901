package nl.opgaveengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.opgaveengine.engine.support.JobPush;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Job push: a job of a streamed type is activated in the step that creates it and handed over after the commit. */
class JobPushTest extends EngineTestSupport {

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JobPush jobPush;

    private final List<ActivatedJob> received = new CopyOnWriteArrayList<>();
    private String streamedType;

    @AfterEach
    void closeStream() {
        if (streamedType != null) {
            jobPush.close(streamedType);
        }
    }

    private String model(String jobType) {
        String processId = unique("push");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .serviceTask("service_task_eerste", t -> t.zeebeJobType(jobType).zeebeTaskHeader("soort", "eerste"))
                .serviceTask("service_task_tweede", t -> t.zeebeJobType(jobType))
                .endEvent()
                .done());
        return processId;
    }

    private String openStream() {
        streamedType = unique("gestroomd");
        jobPush.open(streamedType, "push-worker", Duration.ofMinutes(1), received::add);
        return streamedType;
    }

    @Test
    void aJobOfAStreamedTypeIsActivatedForTheStreamAndHandedOverOnlyAfterTheCommit() {
        String type = openStream();
        String processId = model(type);

        List<Integer> receivedInside = new CopyOnWriteArrayList<>();
        long key = new TransactionTemplate(transactionManager).execute(status -> {
            long k = engine.createProcessInstance(processId, Map.of("bedrag", 7)).processInstanceKey();
            receivedInside.add(received.size());
            return k;
        });

        assertThat(receivedInside).containsExactly(0);
        assertThat(received).hasSize(1);
        ActivatedJob job = received.get(0);
        assertThat(job.processInstanceKey()).isEqualTo(key);
        assertThat(job.elementId()).isEqualTo("service_task_eerste");
        assertThat(job.worker()).isEqualTo("push-worker");
        assertThat(job.customHeaders()).containsEntry("soort", "eerste");
        assertThat(job.variables()).containsEntry("bedrag", 7);
        assertThat(jdbc.queryForList("SELECT state, worker FROM engine_job WHERE job_key = ? AND deadline IS NOT NULL",
                job.key())).containsExactly(Map.of("state", "ACTIVATED", "worker", "push-worker"));
        assertThat(activate(type, 5)).as("a pushed job is not activatable by others while its lock lasts").isEmpty();

        engine.completeJob(job.key(), Map.of("eerste", "klaar"));

        assertThat(received).hasSize(2);
        assertThat(received.get(1).elementId()).isEqualTo("service_task_tweede");
        assertThat(received.get(1).variables()).containsEntry("eerste", "klaar");
        engine.completeJob(received.get(1).key(), Map.of());
        assertThat(instance(key).state()).isEqualTo(ProcessInstanceState.State.COMPLETED);
    }

    @Test
    void aRolledBackStepPushesNothing() {
        String type = openStream();
        String processId = model(type);

        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            engine.createProcessInstance(processId, Map.of());
            throw new IllegalStateException("teruggedraaid");
        })).hasMessage("teruggedraaid");

        assertThat(received).isEmpty();
        assertThat(instanceCount(processId)).isZero();
    }

    @Test
    void aJobOfATypeWithoutStreamWaitsForAWorkerToActivateIt() {
        String type = unique("zonder-stroom");
        String processId = model(type);

        long key = engine.createProcessInstance(processId, Map.of()).processInstanceKey();

        assertThat(received).isEmpty();
        assertThat(jdbc.queryForObject("SELECT state FROM engine_job WHERE process_instance_key = ?", String.class,
                key)).isEqualTo("ACTIVATABLE");
        assertThat(activate(type, 1)).hasSize(1);
    }

    @Test
    void aJobWhosePushedWorkerStoppedIsTakenByAnotherAfterItsLockRanOut() {
        String type = openStream();
        String processId = model(type);
        long key = engine.createProcessInstance(processId, Map.of()).processInstanceKey();
        ActivatedJob pushed = received.get(0);

        advanceClock(Duration.ofMinutes(2));
        List<ActivatedJob> taken = activate(type, 1);

        assertThat(taken).extracting(ActivatedJob::key).containsExactly(pushed.key());
        engine.completeJob(pushed.key(), Map.of());
        assertThat(received).hasSize(2);
        assertThat(instance(key).state()).isEqualTo(ProcessInstanceState.State.ACTIVE);
    }
}
