package nl.opgaveengine.bpmn;

import java.util.List;

/**
 * Constants of {@code bpmn/procesregie.bpmn}: an ad-hoc sub-process of steps (divergeren, convergeren, consolideren)
 * until the approach is chosen, then the bestuurlijk opdrachtgever decides on the follow-up approach.
 */
public final class ProcesregieProcess {

    public static final String RESOURCE = "bpmn/procesregie.bpmn";
    public static final String PROCESS_ID = "procesregie";

    public static final String STAP_DIVERGEREN = "divergeren";
    public static final String STAP_CONVERGEREN = "convergeren";
    public static final String STAP_CONSOLIDEREN = "consolideren";
    public static final List<String> STAPPEN = List.of(STAP_DIVERGEREN, STAP_CONVERGEREN, STAP_CONSOLIDEREN);

    /**
     * The steps to activate when the ad-hoc sub-process starts (step names, repeats allowed); absent: divergeren.
     * Later steps are activated by element id ({@link #stapTask(String)}) through the engine's ad-hoc activation
     * (Camunda 8: "activate activities within an ad-hoc sub-process").
     */
    public static final String VAR_STAPPEN = "stappen";
    /** The completion condition: true when the step just taken settled the approach. */
    public static final String VAR_AANPAK_GEKOZEN = "aanpakGekozen";

    public static final String START_EVENT = "start_event_procesregie";
    public static final String FASE_WYBEREN = "wyberen";
    public static final String AD_HOC_SUB_PROCESS_WYBEREN = "ad_hoc_sub_process_wyberen";
    public static final String END_EVENT_AFGEROND = "end_event_afgerond";
    public static final String END_EVENT_GESTOPT = "end_event_gestopt";
    public static final String TASK_AFRONDEN = "service_task_opgave_afronden";
    public static final String TASK_STOPPEN = "service_task_opgave_stoppen";

    public static final String GATE_VERVOLGAANPAK = "vervolgaanpak";
    public static final String TASK_GATE_VERVOLGAANPAK = "service_task_gate_vervolgaanpak_openen";
    public static final String GATEWAY_VERVOLGAANPAK = "exclusive_gateway_besluit_vervolgaanpak";
    public static final String DOCUMENT_VERVOLGAANPAK = "procesvoorstel";
    public static final String BESLISSER_VERVOLGAANPAK = "BESTUURLIJK_OPDRACHTGEVER";
    public static final String UITKOMSTEN_VERVOLGAANPAK = "ROUTINE,PROJECT,PROGRAMMA,NO_GO";
    /** The outcomes that choose a werkwijze for the follow-up (sub)opgaven; NO_GO stops. */
    public static final List<String> VERVOLG_WERKWIJZEN = List.of("ROUTINE", "PROJECT", "PROGRAMMA");

    private ProcesregieProcess() {
    }

    public static String stapTask(String stap) {
        return "service_task_stap_" + stap;
    }
}
