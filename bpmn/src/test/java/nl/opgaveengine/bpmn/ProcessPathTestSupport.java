package nl.opgaveengine.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opgaveengine.engine.ActivatedJob;
import nl.opgaveengine.engine.ElementHistoryEntry;
import nl.opgaveengine.engine.ProcessEngine;
import nl.opgaveengine.engine.ProcessInstanceState;
import nl.opgaveengine.engine.support.EngineClock;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Plays the job workers and the domain's decisions against one instance of a model on the embedded engine, so a path
 * test checks the model and nothing else.
 */
@SpringBootTest(properties = "opgave.engine.worker.enabled=false")
abstract class ProcessPathTestSupport {

    private static final int MAX_JOBS = 500;

    @Autowired
    protected ProcessEngine engine;

    @Autowired
    protected EngineClock clock;

    protected String opgaveId;
    protected long instance;

    protected void deploy(String resource) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            engine.deploy(resource.substring(resource.lastIndexOf('/') + 1), in.readAllBytes(), "path-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected void start(String processId, Map<String, Object> variables) {
        opgaveId = UUID.randomUUID().toString();
        Map<String, Object> all = new HashMap<>(variables);
        all.put(LifecycleProtocol.VAR_OPGAVE_ID, opgaveId);
        instance = engine.createProcessInstance(processId, all).processInstanceKey();
    }

    /** Cancels what a test leaves waiting, so no timer or job of it lingers for the next test. */
    @AfterEach
    void cancelWhatIsLeft() {
        if (instance != 0 && engine.processInstance(instance)
                .map(s -> s.state() == ProcessInstanceState.State.ACTIVE).orElse(false)) {
            engine.cancelProcessInstance(instance);
        }
    }

    /** Completes the one waiting job of this type in the instance and returns it (with its headers). */
    protected ActivatedJob completeJob(String type) {
        return completeJob(type, Map.of());
    }

    protected ActivatedJob completeJob(String type, Map<String, Object> variables) {
        List<ActivatedJob> jobs = jobs(type);
        assertThat(jobs).as("one %s job waiting in instance %s", type, instance).hasSize(1);
        engine.completeJob(jobs.get(0).key(), variables);
        return jobs.get(0);
    }

    /** Waits until a job of this type appears in the instance (after a timer), completes it and returns it. */
    protected ActivatedJob awaitAndCompleteJob(String type, Map<String, Object> variables) {
        List<ActivatedJob> taken = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            taken.addAll(jobs(type));
            return !taken.isEmpty();
        });
        assertThat(taken).as("one %s job in instance %s", type, instance).hasSize(1);
        engine.completeJob(taken.get(0).key(), variables);
        return taken.get(0);
    }

    /** Asserts that no job of this type shows up in the instance for a while (e.g. before a timer is due). */
    protected void assertNoJobFor(String type, Duration during) {
        await().during(during).atMost(during.plusSeconds(5)).until(() -> jobs(type).isEmpty());
    }

    private List<ActivatedJob> jobs(String type) {
        return engine.activateJobs(type, "path-test", Duration.ofMinutes(1), MAX_JOBS).stream()
                .filter(j -> j.processInstanceKey() == instance).toList();
    }

    /** Opens the gate (as the domain's worker would) and checks which gate the model opened. */
    protected ActivatedJob openGate(String gate) {
        ActivatedJob job = completeJob(LifecycleProtocol.JOB_GATE_OPENEN);
        assertThat(job.customHeaders()).containsEntry(LifecycleProtocol.HEADER_GATE, gate);
        return job;
    }

    protected void startFase(String fase) {
        assertThat(completeJob(LifecycleProtocol.JOB_FASE_STARTEN).customHeaders())
                .containsEntry(LifecycleProtocol.HEADER_FASE, fase);
    }

    /** Publishes a gate decision as the domain does. */
    protected void decide(String gate, String uitkomst) {
        engine.publishMessage(LifecycleProtocol.MESSAGE_GATE_BESLUIT, opgaveId, Duration.ofMinutes(1),
                Map.of(LifecycleProtocol.VAR_UITKOMST, uitkomst, LifecycleProtocol.VAR_GATE, gate));
    }

    protected void closeWith(String resultaat) {
        assertThat(completeJob(LifecycleProtocol.JOB_OPGAVE_AFSLUITEN).customHeaders())
                .containsEntry(LifecycleProtocol.HEADER_RESULTAAT, resultaat);
    }

    protected void assertEnded(String endEvent) {
        await().atMost(Duration.ofSeconds(10)).until(() -> engine.processInstance(instance).orElseThrow().state()
                == ProcessInstanceState.State.COMPLETED);
        assertThat(engine.history(instance)).extracting(ElementHistoryEntry::elementId).contains(endEvent);
    }

    /** How often an element was entered in the instance. */
    protected long timesEntered(String elementId) {
        return engine.history(instance).stream().filter(e -> e.elementId().equals(elementId))
                .map(ElementHistoryEntry::elementInstanceKey).distinct().count();
    }
}
