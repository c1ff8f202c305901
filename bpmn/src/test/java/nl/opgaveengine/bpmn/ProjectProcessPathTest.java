package nl.opgaveengine.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opgaveengine.engine.ActivatedJob;
import nl.opgaveengine.engine.ElementHistoryEntry;
import nl.opgaveengine.engine.ProcessEngine;
import nl.opgaveengine.engine.ProcessInstanceCreated;
import nl.opgaveengine.engine.ProcessInstanceState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One test per path through {@code project.bpmn} on the embedded engine. The test plays the job
 * workers and publishes the decisions, so it checks the model and nothing else.
 */
@SpringBootTest(properties = "opgave.engine.worker.enabled=false")
class ProjectProcessPathTest {

    @Autowired
    ProcessEngine engine;

    private String opgaveId;
    private long instance;

    @BeforeEach
    void start() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ProjectProcess.RESOURCE)) {
            engine.deploy("project.bpmn", in.readAllBytes(), "test");
        }
        opgaveId = UUID.randomUUID().toString();
        ProcessInstanceCreated created = engine.createProcessInstance(ProjectProcess.PROCESS_ID,
                Map.of(LifecycleProtocol.VAR_OPGAVE_ID, opgaveId));
        instance = created.processInstanceKey();
    }

    @Test
    void allGoPassesFourGatesAndEndsAfgerond() {
        for (String fase : ProjectProcess.FASEN) {
            assertThat(completeJob(LifecycleProtocol.JOB_FASE_STARTEN).customHeaders())
                    .containsEntry(LifecycleProtocol.HEADER_FASE, fase);
            assertThat(completeJob(LifecycleProtocol.JOB_GATE_OPENEN).customHeaders())
                    .containsEntry(LifecycleProtocol.HEADER_GATE, fase);
            decide(fase, LifecycleProtocol.UITKOMST_GO);
        }
        assertThat(completeJob(LifecycleProtocol.JOB_OPGAVE_AFSLUITEN).customHeaders())
                .containsEntry(LifecycleProtocol.HEADER_RESULTAAT, "AFGEROND");
        assertEnded(ProjectProcess.END_EVENT_AFGEROND);
    }

    @Test
    void noGoStopsTheProject() {
        completeJob(LifecycleProtocol.JOB_FASE_STARTEN);
        completeJob(LifecycleProtocol.JOB_GATE_OPENEN);
        decide("initiatief", LifecycleProtocol.UITKOMST_NO_GO);
        assertThat(completeJob(LifecycleProtocol.JOB_OPGAVE_AFSLUITEN).customHeaders())
                .containsEntry(LifecycleProtocol.HEADER_RESULTAAT, "GESTOPT");
        assertEnded(ProjectProcess.END_EVENT_GESTOPT);
    }

    @Test
    void redoLoopsBackToThePhaseStart() {
        completeJob(LifecycleProtocol.JOB_FASE_STARTEN);
        completeJob(LifecycleProtocol.JOB_GATE_OPENEN);
        decide("initiatief", LifecycleProtocol.UITKOMST_OVERDOEN);
        assertThat(completeJob(LifecycleProtocol.JOB_FASE_STARTEN).customHeaders())
                .containsEntry(LifecycleProtocol.HEADER_FASE, "initiatief");
        completeJob(LifecycleProtocol.JOB_GATE_OPENEN);
        decide("initiatief", LifecycleProtocol.UITKOMST_GO);
        assertThat(completeJob(LifecycleProtocol.JOB_FASE_STARTEN).customHeaders())
                .containsEntry(LifecycleProtocol.HEADER_FASE, "definitie");
        long faseStarts = engine.history(instance).stream()
                .filter(e -> e.elementId().equals(ProjectProcess.faseTask("initiatief")))
                .map(ElementHistoryEntry::elementInstanceKey).distinct().count();
        assertThat(faseStarts).isEqualTo(2);
    }

    private ActivatedJob completeJob(String type) {
        List<ActivatedJob> jobs = engine.activateJobs(type, "path-test", Duration.ofMinutes(1), 100).stream()
                .filter(j -> j.processInstanceKey() == instance).toList();
        assertThat(jobs).as("one %s job waiting in instance %s", type, instance).hasSize(1);
        engine.completeJob(jobs.get(0).key(), Map.of());
        return jobs.get(0);
    }

    private void decide(String gate, String uitkomst) {
        engine.publishMessage(LifecycleProtocol.MESSAGE_GATE_BESLUIT, opgaveId, Duration.ofMinutes(1),
                Map.of(LifecycleProtocol.VAR_UITKOMST, uitkomst, LifecycleProtocol.VAR_GATE, gate));
    }

    private void assertEnded(String endEvent) {
        ProcessInstanceState state = engine.processInstance(instance).orElseThrow();
        assertThat(state.state()).isEqualTo(ProcessInstanceState.State.COMPLETED);
        assertThat(engine.history(instance)).extracting(ElementHistoryEntry::elementId).contains(endEvent);
    }
}
