package nl.opgaveengine.bpmn;

import static nl.opgaveengine.bpmn.LifecycleProtocol.JOB_VOORTGANGSRAPPORTAGE_VRAGEN;
import static nl.opgaveengine.bpmn.LifecycleProtocol.VAR_VOLGEND_PC_MOMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The P&C branch of {@code project.bpmn} (the lifecycle paths are in {@link ProjectProcessPathTest}). */
class ProjectPcPathTest extends ProcessPathTestSupport {

    @BeforeEach
    void deployModel() {
        deploy(ProjectProcess.RESOURCE);
    }

    @Test
    void aPcMomentAsksForAVoortgangsrapportageWhileThePhaseRuns() {
        Instant moment = clock.now().plus(Duration.ofDays(60));
        start(ProjectProcess.PROCESS_ID, Map.of(VAR_VOLGEND_PC_MOMENT, moment.toString()));
        startFase("initiatief");
        clock.advance(Duration.ofDays(60).plusMinutes(1));
        Map<String, Object> geenMoment = new HashMap<>();
        geenMoment.put(VAR_VOLGEND_PC_MOMENT, null);
        awaitAndCompleteJob(JOB_VOORTGANGSRAPPORTAGE_VRAGEN, geenMoment);
        assertThat(timesEntered(PcRapportageBranch.END_EVENT_GEEN_PC_MOMENT)).isEqualTo(1);
        openGate("initiatief");
    }

    @Test
    void closingTheProjectCancelsThePendingPcMoment() {
        start(ProjectProcess.PROCESS_ID,
                Map.of(VAR_VOLGEND_PC_MOMENT, clock.now().plus(Duration.ofDays(90)).toString()));
        startFase("initiatief");
        openGate("initiatief");
        decide("initiatief", LifecycleProtocol.UITKOMST_NO_GO);
        closeWith(LifecycleProtocol.RESULTAAT_GESTOPT);
        assertEnded(ProjectProcess.END_EVENT_GESTOPT);
        assertThat(engine.history(instance)).anyMatch(e -> e.elementId().equals(PcRapportageBranch.TIMER_PC_MOMENT)
                && e.state().equals("TERMINATED"));
    }
}
