package nl.opgaveengine.bpmn;

import java.util.List;
import java.util.Map;

/**
 * Constants of {@code bpmn/programma.bpmn}: programmasturing, verkenning → opbouw → uitvoering in plan-do-check-act
 * cycles → afbouw, with the P&C branch of {@link PcRapportageBranch}.
 */
public final class ProgrammaProcess {

    public static final String RESOURCE = "bpmn/programma.bpmn";
    public static final String PROCESS_ID = "programma";

    public static final String START_EVENT = "start_event_programma";
    public static final String END_EVENT_AFGEROND = "end_event_afgerond";
    public static final String END_EVENT_GESTOPT = "end_event_gestopt";
    public static final String TASK_AFRONDEN = "service_task_opgave_afronden";
    public static final String TASK_STOPPEN = "service_task_opgave_stoppen";

    public static final String FASE_VERKENNING = "verkenning";
    public static final String FASE_OPBOUW = "opbouw";
    /** Started again by every cycle, so the domain counts the cycles as repetitions of this phase. */
    public static final String FASE_UITVOERING = "uitvoering";
    public static final String FASE_AFBOUW = "afbouw";
    /** The phases in model order. */
    public static final List<String> FASEN = List.of(FASE_VERKENNING, FASE_OPBOUW, FASE_UITVOERING, FASE_AFBOUW);

    public static final String GATE_VERKENNING = "verkenning";
    public static final String GATE_OPBOUW = "opbouw";
    /** Plan: the jaarplan of a cycle. */
    public static final String GATE_JAARPLAN = "jaarplan";
    /** Check and act: {@code DOORGAAN}, {@code BIJSTELLEN}, {@code AFBOUWEN} or {@code NO_GO}. */
    public static final String GATE_CYCLUSEVALUATIE = "cyclusevaluatie";
    public static final String GATE_AFBOUW = "afbouw";
    /** The gates in model order. */
    public static final List<String> GATES =
            List.of(GATE_VERKENNING, GATE_OPBOUW, GATE_JAARPLAN, GATE_CYCLUSEVALUATIE, GATE_AFBOUW);

    /** The document each gate requires. */
    public static final Map<String, String> DOCUMENTEN = Map.of(
            GATE_VERKENNING, "programmavoorstel",
            GATE_OPBOUW, "programmaplan",
            GATE_JAARPLAN, "jaarplan",
            GATE_CYCLUSEVALUATIE, "cyclusevaluatie",
            GATE_AFBOUW, "eindevaluatie");

    public static final String UITKOMSTEN_FASE = "GO,NO_GO,OVERDOEN";
    public static final String UITKOMSTEN_CYCLUSEVALUATIE = "DOORGAAN,BIJSTELLEN,AFBOUWEN,NO_GO";

    private ProgrammaProcess() {
    }

    public static String faseTask(String fase) {
        return "service_task_fase_" + fase;
    }

    public static String gateTask(String gate) {
        return "service_task_gate_" + gate + "_openen";
    }

    public static String besluitEvent(String gate) {
        return "message_catch_event_besluit_" + gate;
    }

    public static String uitkomstGateway(String gate) {
        return "exclusive_gateway_besluit_" + gate;
    }
}
