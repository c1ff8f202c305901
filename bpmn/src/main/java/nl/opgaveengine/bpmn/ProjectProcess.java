package nl.opgaveengine.bpmn;

import java.util.List;

/** Constants of {@code bpmn/project.bpmn}: projectmatig werken, four phases with a gate after each. */
public final class ProjectProcess {

    public static final String RESOURCE = "bpmn/project.bpmn";
    public static final String PROCESS_ID = "project";

    public static final String START_EVENT = "start_event_project";
    public static final String END_EVENT_AFGEROND = "end_event_afgerond";
    public static final String END_EVENT_GESTOPT = "end_event_gestopt";
    public static final String TASK_AFRONDEN = "service_task_opgave_afronden";
    public static final String TASK_STOPPEN = "service_task_opgave_stoppen";

    /** The phases in model order; each is also the id of the gate that follows it. */
    public static final List<String> FASEN = List.of("initiatief", "definitie", "uitvoering", "nazorg");

    /** The document each gate requires, in phase order. */
    public static final List<String> DOCUMENTEN =
            List.of("startdocument", "projectplan", "uitvoeringsplan", "overdrachts-en-evaluatierapport");

    private ProjectProcess() {
    }

    public static String faseTask(String fase) {
        return "service_task_fase_" + fase;
    }

    public static String gateTask(String fase) {
        return "service_task_gate_" + fase + "_openen";
    }

    public static String besluitEvent(String fase) {
        return "message_catch_event_besluit_" + fase;
    }

    public static String uitkomstGateway(String fase) {
        return "exclusive_gateway_besluit_" + fase;
    }
}
