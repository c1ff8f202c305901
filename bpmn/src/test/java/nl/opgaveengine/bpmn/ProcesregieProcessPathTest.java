package nl.opgaveengine.bpmn;

import static nl.opgaveengine.bpmn.LifecycleProtocol.JOB_PROCESSTAP_UITVOEREN;
import static nl.opgaveengine.bpmn.ProcesregieProcess.STAP_CONSOLIDEREN;
import static nl.opgaveengine.bpmn.ProcesregieProcess.STAP_CONVERGEREN;
import static nl.opgaveengine.bpmn.ProcesregieProcess.STAP_DIVERGEREN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.opgaveengine.engine.ActivatedJob;
import nl.opgaveengine.engine.ProcessInstanceState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per path through {@code procesregie.bpmn} on the embedded engine. */
class ProcesregieProcessPathTest extends ProcessPathTestSupport {

    @BeforeEach
    void deployModel() {
        deploy(ProcesregieProcess.RESOURCE);
    }

    @Test
    void stepsRunInAnyOrderAndRepeatedUntilTheApproachIsChosen() {
        start(ProcesregieProcess.PROCESS_ID, Map.of(ProcesregieProcess.VAR_STAPPEN,
                List.of(STAP_CONSOLIDEREN, STAP_DIVERGEREN, STAP_DIVERGEREN, STAP_CONVERGEREN)));
        startFase(ProcesregieProcess.FASE_WYBEREN);
        List<ActivatedJob> stappen = stepJobs();
        assertThat(stappen).extracting(j -> j.customHeaders().get(LifecycleProtocol.HEADER_STAP))
                .containsExactlyInAnyOrder(STAP_CONSOLIDEREN, STAP_DIVERGEREN, STAP_DIVERGEREN, STAP_CONVERGEREN);
        complete(stappen, STAP_CONSOLIDEREN, false);
        complete(stappen, STAP_DIVERGEREN, false);
        complete(stappen, STAP_CONVERGEREN, true);
        openGate(ProcesregieProcess.GATE_VERVOLGAANPAK);
        assertThat(timesEntered(ProcesregieProcess.stapTask(STAP_DIVERGEREN))).isEqualTo(2);
    }

    @Test
    void withoutChosenStepsTheProcesregieStartsWithDivergeren() {
        start(ProcesregieProcess.PROCESS_ID, Map.of());
        startFase(ProcesregieProcess.FASE_WYBEREN);
        ActivatedJob stap = completeJob(JOB_PROCESSTAP_UITVOEREN, Map.of(ProcesregieProcess.VAR_AANPAK_GEKOZEN, true));
        assertThat(stap.customHeaders()).containsEntry(LifecycleProtocol.HEADER_STAP, STAP_DIVERGEREN);
        openGate(ProcesregieProcess.GATE_VERVOLGAANPAK);
    }

    @Test
    void theProcesregisseurTakesFurtherStepsThroughAdHocActivation() {
        start(ProcesregieProcess.PROCESS_ID, Map.of());
        startFase(ProcesregieProcess.FASE_WYBEREN);
        completeJob(JOB_PROCESSTAP_UITVOEREN, Map.of(ProcesregieProcess.VAR_AANPAK_GEKOZEN, false));
        long wyberen = engine.history(instance).stream()
                .filter(e -> e.elementId().equals(ProcesregieProcess.AD_HOC_SUB_PROCESS_WYBEREN))
                .mapToLong(e -> e.elementInstanceKey()).findFirst().orElseThrow();
        assertThat(engine.processInstance(instance).orElseThrow().state()).isEqualTo(ProcessInstanceState.State.ACTIVE);

        engine.activateAdHocElements(wyberen, List.of(ProcesregieProcess.stapTask(STAP_CONVERGEREN)));
        assertThat(completeJob(JOB_PROCESSTAP_UITVOEREN, Map.of(ProcesregieProcess.VAR_AANPAK_GEKOZEN, false))
                .customHeaders()).containsEntry(LifecycleProtocol.HEADER_STAP, STAP_CONVERGEREN);
        engine.activateAdHocElements(wyberen, List.of(ProcesregieProcess.stapTask(STAP_DIVERGEREN),
                ProcesregieProcess.stapTask(STAP_CONSOLIDEREN)));
        complete(stepJobs(), STAP_CONSOLIDEREN, true);

        openGate(ProcesregieProcess.GATE_VERVOLGAANPAK);
        assertThat(timesEntered(ProcesregieProcess.stapTask(STAP_DIVERGEREN))).isEqualTo(2);
        assertThat(engine.history(instance)).anyMatch(e -> e.elementId().equals(
                ProcesregieProcess.stapTask(STAP_DIVERGEREN)) && e.state().equals("TERMINATED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ROUTINE", "PROJECT", "PROGRAMMA"})
    void aChosenWerkwijzeClosesTheProcesregieAfgerond(String werkwijze) {
        toVervolgaanpak();
        decide(ProcesregieProcess.GATE_VERVOLGAANPAK, werkwijze);
        closeWith(LifecycleProtocol.RESULTAAT_AFGEROND);
        assertEnded(ProcesregieProcess.END_EVENT_AFGEROND);
    }

    @Test
    void noGoStopsTheOpgave() {
        toVervolgaanpak();
        decide(ProcesregieProcess.GATE_VERVOLGAANPAK, LifecycleProtocol.UITKOMST_NO_GO);
        closeWith(LifecycleProtocol.RESULTAAT_GESTOPT);
        assertEnded(ProcesregieProcess.END_EVENT_GESTOPT);
    }

    private void toVervolgaanpak() {
        start(ProcesregieProcess.PROCESS_ID, Map.of());
        startFase(ProcesregieProcess.FASE_WYBEREN);
        completeJob(JOB_PROCESSTAP_UITVOEREN, Map.of(ProcesregieProcess.VAR_AANPAK_GEKOZEN, true));
        assertThat(openGate(ProcesregieProcess.GATE_VERVOLGAANPAK).customHeaders())
                .containsEntry(LifecycleProtocol.HEADER_BESLISSER, ProcesregieProcess.BESLISSER_VERVOLGAANPAK)
                .containsEntry(LifecycleProtocol.HEADER_UITKOMSTEN, ProcesregieProcess.UITKOMSTEN_VERVOLGAANPAK);
    }

    private List<ActivatedJob> stepJobs() {
        return engine.activateJobs(JOB_PROCESSTAP_UITVOEREN, "path-test", Duration.ofMinutes(1), 500).stream()
                .filter(j -> j.processInstanceKey() == instance).toList();
    }

    private void complete(List<ActivatedJob> jobs, String stap, boolean aanpakGekozen) {
        ActivatedJob job = jobs.stream().filter(j -> stap.equals(j.customHeaders().get(LifecycleProtocol.HEADER_STAP)))
                .findFirst().orElseThrow();
        engine.completeJob(job.key(), Map.of(ProcesregieProcess.VAR_AANPAK_GEKOZEN, aanpakGekozen));
    }
}
