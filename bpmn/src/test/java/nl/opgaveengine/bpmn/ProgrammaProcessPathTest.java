package nl.opgaveengine.bpmn;

import static nl.opgaveengine.bpmn.LifecycleProtocol.JOB_VOORTGANGSRAPPORTAGE_VRAGEN;
import static nl.opgaveengine.bpmn.LifecycleProtocol.RESULTAAT_AFGEROND;
import static nl.opgaveengine.bpmn.LifecycleProtocol.RESULTAAT_GESTOPT;
import static nl.opgaveengine.bpmn.LifecycleProtocol.UITKOMST_AFBOUWEN;
import static nl.opgaveengine.bpmn.LifecycleProtocol.UITKOMST_BIJSTELLEN;
import static nl.opgaveengine.bpmn.LifecycleProtocol.UITKOMST_DOORGAAN;
import static nl.opgaveengine.bpmn.LifecycleProtocol.UITKOMST_GO;
import static nl.opgaveengine.bpmn.LifecycleProtocol.UITKOMST_NO_GO;
import static nl.opgaveengine.bpmn.LifecycleProtocol.UITKOMST_OVERDOEN;
import static nl.opgaveengine.bpmn.LifecycleProtocol.VAR_VOLGEND_PC_MOMENT;
import static nl.opgaveengine.bpmn.ProgrammaProcess.FASE_AFBOUW;
import static nl.opgaveengine.bpmn.ProgrammaProcess.FASE_OPBOUW;
import static nl.opgaveengine.bpmn.ProgrammaProcess.FASE_UITVOERING;
import static nl.opgaveengine.bpmn.ProgrammaProcess.FASE_VERKENNING;
import static nl.opgaveengine.bpmn.ProgrammaProcess.GATE_AFBOUW;
import static nl.opgaveengine.bpmn.ProgrammaProcess.GATE_CYCLUSEVALUATIE;
import static nl.opgaveengine.bpmn.ProgrammaProcess.GATE_JAARPLAN;
import static nl.opgaveengine.bpmn.ProgrammaProcess.GATE_OPBOUW;
import static nl.opgaveengine.bpmn.ProgrammaProcess.GATE_VERKENNING;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per path through {@code programma.bpmn} on the embedded engine, the P&C branch included. */
class ProgrammaProcessPathTest extends ProcessPathTestSupport {

    @BeforeEach
    void deployModel() {
        deploy(ProgrammaProcess.RESOURCE);
    }

    @Test
    void twoCyclesThenAfbouwEndAfgerond() {
        start(ProgrammaProcess.PROCESS_ID, Map.of());
        passVerkenningAndOpbouw();
        for (int cyclus = 1; cyclus <= 2; cyclus++) {
            startFase(FASE_UITVOERING);
            openGate(GATE_JAARPLAN);
            decide(GATE_JAARPLAN, UITKOMST_GO);
            openGate(GATE_CYCLUSEVALUATIE);
            decide(GATE_CYCLUSEVALUATIE, cyclus == 1 ? UITKOMST_DOORGAAN : UITKOMST_AFBOUWEN);
        }
        startFase(FASE_AFBOUW);
        openGate(GATE_AFBOUW);
        decide(GATE_AFBOUW, UITKOMST_GO);
        closeWith(RESULTAAT_AFGEROND);
        assertEnded(ProgrammaProcess.END_EVENT_AFGEROND);
        assertThat(timesEntered(ProgrammaProcess.faseTask(FASE_UITVOERING))).as("cycles").isEqualTo(2);
    }

    @Test
    void bijstellenRevisesTheJaarplanWithinTheSameCycle() {
        start(ProgrammaProcess.PROCESS_ID, Map.of());
        passVerkenningAndOpbouw();
        startFase(FASE_UITVOERING);
        openGate(GATE_JAARPLAN);
        decide(GATE_JAARPLAN, UITKOMST_GO);
        openGate(GATE_CYCLUSEVALUATIE);
        decide(GATE_CYCLUSEVALUATIE, UITKOMST_BIJSTELLEN);
        openGate(GATE_JAARPLAN);
        decide(GATE_JAARPLAN, UITKOMST_GO);
        openGate(GATE_CYCLUSEVALUATIE);
        decide(GATE_CYCLUSEVALUATIE, UITKOMST_AFBOUWEN);
        startFase(FASE_AFBOUW);
        assertThat(timesEntered(ProgrammaProcess.faseTask(FASE_UITVOERING))).as("cycles").isEqualTo(1);
        assertThat(timesEntered(ProgrammaProcess.gateTask(GATE_JAARPLAN))).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {GATE_VERKENNING, GATE_OPBOUW, GATE_JAARPLAN, GATE_AFBOUW})
    void overdoenOpensTheSameGateAgain(String gate) {
        start(ProgrammaProcess.PROCESS_ID, Map.of());
        passTo(gate);
        decide(gate, UITKOMST_OVERDOEN);
        if (!gate.equals(GATE_JAARPLAN)) {
            startFase(gate);
        }
        openGate(gate);
        decide(gate, UITKOMST_GO);
        assertThat(timesEntered(ProgrammaProcess.gateTask(gate))).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {GATE_VERKENNING, GATE_OPBOUW, GATE_JAARPLAN, GATE_CYCLUSEVALUATIE, GATE_AFBOUW})
    void noGoAtAnyGateStopsTheProgramme(String gate) {
        start(ProgrammaProcess.PROCESS_ID, Map.of());
        passTo(gate);
        decide(gate, UITKOMST_NO_GO);
        closeWith(RESULTAAT_GESTOPT);
        assertEnded(ProgrammaProcess.END_EVENT_GESTOPT);
    }

    @Test
    void eachPcMomentAsksForAVoortgangsrapportageUntilNoMomentIsPlanned() {
        Instant eerste = clock.now().plus(Duration.ofDays(30));
        start(ProgrammaProcess.PROCESS_ID, Map.of(VAR_VOLGEND_PC_MOMENT, eerste.toString()));
        startFase(FASE_VERKENNING);
        assertNoJobFor(JOB_VOORTGANGSRAPPORTAGE_VRAGEN, Duration.ofMillis(400));

        clock.advance(Duration.ofDays(30).plusMinutes(1));
        Instant tweede = clock.now().plus(Duration.ofDays(120));
        assertThat(awaitAndCompleteJob(JOB_VOORTGANGSRAPPORTAGE_VRAGEN, Map.of(VAR_VOLGEND_PC_MOMENT, tweede.toString()))
                .variables()).containsEntry(VAR_VOLGEND_PC_MOMENT, eerste.toString());

        clock.advance(Duration.ofDays(120).plusMinutes(1));
        Map<String, Object> geenMoment = new HashMap<>();
        geenMoment.put(VAR_VOLGEND_PC_MOMENT, null);
        awaitAndCompleteJob(JOB_VOORTGANGSRAPPORTAGE_VRAGEN, geenMoment);

        assertThat(timesEntered(PcRapportageBranch.TASK_VOORTGANGSRAPPORTAGE_VRAGEN)).isEqualTo(2);
        assertThat(timesEntered(PcRapportageBranch.END_EVENT_GEEN_PC_MOMENT)).isEqualTo(1);
        openGate(GATE_VERKENNING); // the main path is untouched by the reports
    }

    @Test
    void withoutAPcMomentTheBranchEndsAtOnce() {
        start(ProgrammaProcess.PROCESS_ID, Map.of());
        startFase(FASE_VERKENNING);
        assertThat(timesEntered(PcRapportageBranch.END_EVENT_GEEN_PC_MOMENT)).isEqualTo(1);
        assertThat(timesEntered(PcRapportageBranch.TIMER_PC_MOMENT)).isZero();
    }

    @Test
    void endingTheProgrammeCancelsThePendingPcMoment() {
        start(ProgrammaProcess.PROCESS_ID,
                Map.of(VAR_VOLGEND_PC_MOMENT, clock.now().plus(Duration.ofDays(365)).toString()));
        startFase(FASE_VERKENNING);
        openGate(GATE_VERKENNING);
        decide(GATE_VERKENNING, UITKOMST_NO_GO);
        closeWith(RESULTAAT_GESTOPT);
        assertEnded(ProgrammaProcess.END_EVENT_GESTOPT);
        assertThat(engine.history(instance)).anyMatch(e -> e.elementId().equals(PcRapportageBranch.TIMER_PC_MOMENT)
                && e.state().equals("TERMINATED"));
    }

    private void passVerkenningAndOpbouw() {
        for (String fase : List.of(FASE_VERKENNING, FASE_OPBOUW)) {
            startFase(fase);
            openGate(fase);
            decide(fase, UITKOMST_GO);
        }
    }

    /** Takes the shortest path (GO, one cycle, AFBOUWEN) until the given gate is open. */
    private void passTo(String gate) {
        for (String g : ProgrammaProcess.GATES) {
            if (g.equals(GATE_VERKENNING) || g.equals(GATE_OPBOUW) || g.equals(GATE_AFBOUW)) {
                startFase(g);
            } else if (g.equals(GATE_JAARPLAN)) {
                startFase(FASE_UITVOERING);
            }
            openGate(g);
            if (g.equals(gate)) {
                return;
            }
            decide(g, g.equals(GATE_CYCLUSEVALUATIE) ? UITKOMST_AFBOUWEN : UITKOMST_GO);
        }
    }
}
