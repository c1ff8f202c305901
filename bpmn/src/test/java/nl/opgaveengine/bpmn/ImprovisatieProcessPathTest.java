package nl.opgaveengine.bpmn;

import static nl.opgaveengine.bpmn.ImprovisatieProcess.FASE_SPRINT;
import static nl.opgaveengine.bpmn.ImprovisatieProcess.GATE_SPRINTDOEL;
import static nl.opgaveengine.bpmn.ImprovisatieProcess.GATE_SPRINTREVIEW;
import static nl.opgaveengine.bpmn.LifecycleProtocol.JOB_GATE_OPENEN;
import static nl.opgaveengine.bpmn.LifecycleProtocol.UITKOMST_AFRONDEN;
import static nl.opgaveengine.bpmn.LifecycleProtocol.UITKOMST_GO;
import static nl.opgaveengine.bpmn.LifecycleProtocol.UITKOMST_NOG_EEN_SPRINT;
import static nl.opgaveengine.bpmn.LifecycleProtocol.UITKOMST_NO_GO;
import static nl.opgaveengine.bpmn.LifecycleProtocol.UITKOMST_OMZETTEN;
import static nl.opgaveengine.bpmn.LifecycleProtocol.UITKOMST_OVERDOEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One test per path through {@code improvisatie.bpmn} on the embedded engine; the timebox runs on the engine clock. */
class ImprovisatieProcessPathTest extends ProcessPathTestSupport {

    @BeforeEach
    void deployModel() {
        deploy(ImprovisatieProcess.RESOURCE);
    }

    @Test
    void theTimeboxOfFourteenDaysEndsTheSprintAndAfrondenClosesTheOpgave() {
        start(ImprovisatieProcess.PROCESS_ID, Map.of());
        sprintWithGoal();
        clock.advance(Duration.ofDays(13));
        assertNoJobFor(JOB_GATE_OPENEN, Duration.ofMillis(400));
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        awaitReview();
        decide(GATE_SPRINTREVIEW, UITKOMST_AFRONDEN);
        closeWith(LifecycleProtocol.RESULTAAT_AFGEROND);
        assertEnded(ImprovisatieProcess.END_EVENT_AFGEROND);
        assertThat(timesEntered(ImprovisatieProcess.TIMER_TIMEBOX)).isEqualTo(1);
    }

    @Test
    void sprintDuurSetsTheTimebox() {
        start(ImprovisatieProcess.PROCESS_ID, Map.of(ImprovisatieProcess.VAR_SPRINT_DUUR, "P5D"));
        sprintWithGoal();
        clock.advance(Duration.ofDays(5).plusMinutes(1));
        awaitReview();
    }

    @Test
    void theTimeboxAlsoEndsASprintWhoseGoalIsNotYetDecided() {
        start(ImprovisatieProcess.PROCESS_ID, Map.of());
        startFase(FASE_SPRINT);
        openGate(GATE_SPRINTDOEL);
        clock.advance(Duration.ofDays(14).plusMinutes(1));
        awaitReview();
        assertThat(engine.history(instance)).anyMatch(e -> e.elementId().equals(
                ImprovisatieProcess.SUB_PROCESS_SPRINT) && e.state().equals("TERMINATED"));
    }

    @Test
    void aSprintEndedEarlyGoesToTheReviewWithoutWaitingForTheTimebox() {
        start(ImprovisatieProcess.PROCESS_ID, Map.of());
        sprintWithGoal();
        engine.publishMessage(LifecycleProtocol.MESSAGE_SPRINT_AFGEROND, opgaveId, Duration.ofMinutes(1), Map.of());
        openGate(GATE_SPRINTREVIEW);
        assertThat(timesEntered(ImprovisatieProcess.TIMER_TIMEBOX)).isZero();
    }

    @Test
    void overdoenAsksForANewSprintGoal() {
        start(ImprovisatieProcess.PROCESS_ID, Map.of());
        startFase(FASE_SPRINT);
        openGate(GATE_SPRINTDOEL);
        decide(GATE_SPRINTDOEL, UITKOMST_OVERDOEN);
        openGate(GATE_SPRINTDOEL);
        decide(GATE_SPRINTDOEL, UITKOMST_GO);
        assertThat(timesEntered(ImprovisatieProcess.TASK_GATE_SPRINTDOEL)).isEqualTo(2);
        assertThat(timesEntered(ImprovisatieProcess.MESSAGE_CATCH_SPRINT_AFGEROND)).isEqualTo(1);
    }

    @Test
    void nogEenSprintStartsTheNextSprint() {
        start(ImprovisatieProcess.PROCESS_ID, Map.of());
        sprintWithGoal();
        endSprintEarlyAndReview(UITKOMST_NOG_EEN_SPRINT);
        sprintWithGoal();
        assertThat(timesEntered(ImprovisatieProcess.TASK_FASE_SPRINT)).as("sprints").isEqualTo(2);
    }

    @Test
    void omzettenClosesTheOpgaveAsOmgezet() {
        start(ImprovisatieProcess.PROCESS_ID, Map.of());
        sprintWithGoal();
        endSprintEarlyAndReview(UITKOMST_OMZETTEN);
        closeWith(LifecycleProtocol.RESULTAAT_OMGEZET);
        assertEnded(ImprovisatieProcess.END_EVENT_OMGEZET);
    }

    @Test
    void noGoAtTheReviewStopsTheOpgave() {
        start(ImprovisatieProcess.PROCESS_ID, Map.of());
        sprintWithGoal();
        endSprintEarlyAndReview(UITKOMST_NO_GO);
        closeWith(LifecycleProtocol.RESULTAAT_GESTOPT);
        assertEnded(ImprovisatieProcess.END_EVENT_GESTOPT);
    }

    private void sprintWithGoal() {
        startFase(FASE_SPRINT);
        openGate(GATE_SPRINTDOEL);
        decide(GATE_SPRINTDOEL, UITKOMST_GO);
    }

    private void awaitReview() {
        assertThat(awaitAndCompleteJob(JOB_GATE_OPENEN, Map.of()).customHeaders())
                .containsEntry(LifecycleProtocol.HEADER_GATE, GATE_SPRINTREVIEW);
    }

    private void endSprintEarlyAndReview(String uitkomst) {
        engine.publishMessage(LifecycleProtocol.MESSAGE_SPRINT_AFGEROND, opgaveId, Duration.ofMinutes(1), Map.of());
        openGate(GATE_SPRINTREVIEW);
        decide(GATE_SPRINTREVIEW, uitkomst);
    }
}
