package nl.opgaveengine.bpmn;

/**
 * Element ids of the P&C branch that {@code project.bpmn} and {@code programma.bpmn} share: while
 * {@link LifecycleProtocol#VAR_VOLGEND_PC_MOMENT} holds a date, wait for it and ask for a voortgangsrapportage.
 */
public final class PcRapportageBranch {

    public static final String SPLIT_GATEWAY = "parallel_gateway_start";
    public static final String MOMENT_GEPLAND_GATEWAY = "exclusive_gateway_pc_moment_gepland";
    public static final String TIMER_PC_MOMENT = "timer_catch_event_pc_moment";
    public static final String TASK_VOORTGANGSRAPPORTAGE_VRAGEN = "service_task_voortgangsrapportage_vragen";
    public static final String END_EVENT_GEEN_PC_MOMENT = "end_event_geen_pc_moment";

    private PcRapportageBranch() {
    }
}
