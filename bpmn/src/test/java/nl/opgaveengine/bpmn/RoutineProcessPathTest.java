package nl.opgaveengine.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One test per path through {@code routine.bpmn} on the embedded engine. */
class RoutineProcessPathTest extends ProcessPathTestSupport {

    @BeforeEach
    void startRoutine() {
        deploy(RoutineProcess.RESOURCE);
        start(RoutineProcess.PROCESS_ID, Map.of());
    }

    @Test
    void theLijnmanagerAcceptsAndTheOpgaveEndsAfgerond() {
        startFase(RoutineProcess.FASE_OVERDRACHT);
        assertThat(openGate(RoutineProcess.GATE_OVERDRACHT).customHeaders())
                .containsEntry(LifecycleProtocol.HEADER_BESLISSER, RoutineProcess.BESLISSER_OVERDRACHT)
                .containsEntry(LifecycleProtocol.HEADER_DOCUMENT, RoutineProcess.DOCUMENT_OVERDRACHT);
        decide(RoutineProcess.GATE_OVERDRACHT, LifecycleProtocol.UITKOMST_GEACCEPTEERD);
        closeWith(LifecycleProtocol.RESULTAAT_AFGEROND);
        assertEnded(RoutineProcess.END_EVENT_AFGEROND);
    }

    @Test
    void aRefusedHandoverIsPreparedAgain() {
        startFase(RoutineProcess.FASE_OVERDRACHT);
        openGate(RoutineProcess.GATE_OVERDRACHT);
        decide(RoutineProcess.GATE_OVERDRACHT, LifecycleProtocol.UITKOMST_NIET_GEACCEPTEERD);
        startFase(RoutineProcess.FASE_OVERDRACHT);
        openGate(RoutineProcess.GATE_OVERDRACHT);
        decide(RoutineProcess.GATE_OVERDRACHT, LifecycleProtocol.UITKOMST_GEACCEPTEERD);
        closeWith(LifecycleProtocol.RESULTAAT_AFGEROND);
        assertEnded(RoutineProcess.END_EVENT_AFGEROND);
        assertThat(timesEntered(RoutineProcess.TASK_FASE_OVERDRACHT)).isEqualTo(2);
    }
}
