package nl.opgaveengine.engine.model;

/** The element types this engine runs, named as Camunda 8 names them. */
public enum ElementType {
    PROCESS, START_EVENT, END_EVENT, SERVICE_TASK, SEND_TASK, SCRIPT_TASK, USER_TASK, RECEIVE_TASK,
    INTERMEDIATE_CATCH_EVENT, INTERMEDIATE_THROW_EVENT, BOUNDARY_EVENT, EXCLUSIVE_GATEWAY, PARALLEL_GATEWAY,
    INCLUSIVE_GATEWAY, EVENT_BASED_GATEWAY, SUB_PROCESS, EVENT_SUB_PROCESS, AD_HOC_SUB_PROCESS, CALL_ACTIVITY,
    MULTI_INSTANCE_BODY, SEQUENCE_FLOW;

    public boolean waitsForMessage() {
        return this == RECEIVE_TASK || this == INTERMEDIATE_CATCH_EVENT;
    }

    /** Whether the element works through a job taken by a worker. */
    public boolean isJobWorker() {
        return this == SERVICE_TASK || this == SEND_TASK || this == SCRIPT_TASK || this == END_EVENT
                || this == INTERMEDIATE_THROW_EVENT;
    }
}
