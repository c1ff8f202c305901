package nl.opgaveengine.bpmn;

/** Constants of {@code bpmn/routine.bpmn}: the handover into the line, accepted (or not) by the lijnmanager. */
public final class RoutineProcess {

    public static final String RESOURCE = "bpmn/routine.bpmn";
    public static final String PROCESS_ID = "routine";

    public static final String START_EVENT = "start_event_routine";
    public static final String END_EVENT_AFGEROND = "end_event_afgerond";
    public static final String TASK_AFRONDEN = "service_task_opgave_afronden";

    public static final String FASE_OVERDRACHT = "overdracht";
    public static final String TASK_FASE_OVERDRACHT = "service_task_fase_overdracht";
    public static final String GATE_OVERDRACHT = "overdracht";
    public static final String TASK_GATE_OVERDRACHT = "service_task_gate_overdracht_openen";
    public static final String GATEWAY_OVERDRACHT = "exclusive_gateway_besluit_overdracht";
    public static final String DOCUMENT_OVERDRACHT = "overdrachtsdocument";
    public static final String BESLISSER_OVERDRACHT = "LIJNMANAGER";
    public static final String UITKOMSTEN_OVERDRACHT = "GEACCEPTEERD,NIET_GEACCEPTEERD";

    private RoutineProcess() {
    }
}
