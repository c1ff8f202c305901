package nl.opgaveengine.bpmn;

/**
 * Constants of {@code bpmn/improvisatie.bpmn}: timeboxed sprints, each with a sprintdoel and a sprintreview, until
 * the opgave is closed, stopped or converted to another werkwijze.
 */
public final class ImprovisatieProcess {

    public static final String RESOURCE = "bpmn/improvisatie.bpmn";
    public static final String PROCESS_ID = "improvisatie";

    public static final String START_EVENT = "start_event_improvisatie";
    public static final String END_EVENT_AFGEROND = "end_event_afgerond";
    public static final String END_EVENT_OMGEZET = "end_event_omgezet";
    public static final String END_EVENT_GESTOPT = "end_event_gestopt";
    public static final String TASK_AFRONDEN = "service_task_opgave_afronden";
    public static final String TASK_OMZETTEN = "service_task_opgave_omzetten";
    public static final String TASK_STOPPEN = "service_task_opgave_stoppen";

    /** Started by every sprint, so the domain counts sprints as repetitions of this phase. */
    public static final String FASE_SPRINT = "sprint";
    public static final String TASK_FASE_SPRINT = "service_task_fase_sprint";
    public static final String SUB_PROCESS_SPRINT = "sub_process_sprint";
    /** Interrupting timer on the sprint: the timebox. */
    public static final String TIMER_TIMEBOX = "timer_boundary_event_timebox";
    public static final String MESSAGE_CATCH_SPRINT_AFGEROND = "message_catch_event_sprint_afgerond";

    public static final String GATE_SPRINTDOEL = "sprintdoel";
    public static final String GATE_SPRINTREVIEW = "sprintreview";
    public static final String TASK_GATE_SPRINTDOEL = "service_task_gate_sprintdoel_openen";
    public static final String TASK_GATE_SPRINTREVIEW = "service_task_gate_sprintreview_openen";
    public static final String GATEWAY_SPRINTDOEL = "exclusive_gateway_besluit_sprintdoel";
    public static final String GATEWAY_SPRINTREVIEW = "exclusive_gateway_besluit_sprintreview";
    public static final String UITKOMSTEN_SPRINTDOEL = "GO,OVERDOEN";
    public static final String UITKOMSTEN_SPRINTREVIEW = "NOG_EEN_SPRINT,AFRONDEN,OMZETTEN,NO_GO";

    /** ISO 8601 duration of a sprint's timebox; {@link #STANDAARD_SPRINT_DUUR} when absent. */
    public static final String VAR_SPRINT_DUUR = "sprintDuur";
    public static final String STANDAARD_SPRINT_DUUR = "P14D";

    private ImprovisatieProcess() {
    }
}
