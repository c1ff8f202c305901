package nl.opgaveengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.Map;
import nl.opgaveengine.engine.ProcessInstanceState.State;
import org.junit.jupiter.api.Test;

class JobFailureTest extends EngineTestSupport {

    private long startWithJob(String jobType, String retries) {
        String processId = unique("fail");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .serviceTask("service_task_extern", t -> t.zeebeJobType(jobType).zeebeJobRetries(retries))
                .endEvent()
                .done());
        return engine.createProcessInstance(processId, Map.of()).processInstanceKey();
    }

    @Test
    void aFailedJobWithRetriesLeftIsActivatedAgain() {
        String jobType = unique("flaky");
        long instanceKey = startWithJob(jobType, "3");
        ActivatedJob first = activate(jobType, 1).get(0);

        engine.failJob(first.key(), 2, "tijdelijk niet bereikbaar");

        ActivatedJob again = activate(jobType, 1).get(0);
        assertThat(again.key()).isEqualTo(first.key());
        assertThat(again.retries()).isEqualTo(2);
        engine.completeJob(again.key(), Map.of());
        assertThat(instance(instanceKey).state()).isEqualTo(State.COMPLETED);
    }

    @Test
    void aFailedJobWithoutRetriesRaisesAnIncidentAndCanBeRetriedAfterNewRetries() {
        String jobType = unique("dead");
        long instanceKey = startWithJob(jobType, "1");
        ActivatedJob job = activate(jobType, 1).get(0);

        engine.failJob(job.key(), 0, "definitief kapot");

        assertThat(activate(jobType, 1)).isEmpty();
        Incident incident = engine.incidents(instanceKey).get(0);
        assertThat(incident.errorType()).isEqualTo("JOB_NO_RETRIES");
        assertThat(incident.jobKey()).isEqualTo(job.key());
        assertThat(incident.errorMessage()).isEqualTo("definitief kapot");

        engine.updateJobRetries(job.key(), 1);
        engine.resolveIncident(incident.key());

        assertThat(engine.incidents(instanceKey)).isEmpty();
        engine.completeJob(activate(jobType, 1).get(0).key(), Map.of());
        assertThat(instance(instanceKey).state()).isEqualTo(State.COMPLETED);
    }

    @Test
    void aJobWhoseLockExpiredIsActivatableAgain() {
        String jobType = unique("slow");
        startWithJob(jobType, "3");
        ActivatedJob job = engine.activateJobs(jobType, "trage-worker", Duration.ofMillis(100), 1).get(0);

        await().atMost(Duration.ofSeconds(5)).until(() -> !activate(jobType, 1).isEmpty());
        assertThat(job.worker()).isEqualTo("trage-worker");
    }

    @Test
    void aHandlerThatKeepsThrowingUsesUpItsRetriesAndRaisesAnIncident() {
        long instanceKey = startWithJob(EngineTestApplication.BROKEN_JOB, "3");

        await().atMost(Duration.ofSeconds(20)).until(() -> !engine.incidents(instanceKey).isEmpty());
        assertThat(engine.incidents(instanceKey).get(0).errorMessage()).contains("systeem X is onbereikbaar");
        assertThat(instance(instanceKey).state()).isEqualTo(State.ACTIVE);
    }
}
