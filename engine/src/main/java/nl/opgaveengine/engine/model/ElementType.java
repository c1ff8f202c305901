package nl.opgaveengine.engine.model;

/** The element types this engine runs, named as Camunda 8 names them. */
public enum ElementType {
    PROCESS, START_EVENT, END_EVENT, SERVICE_TASK, RECEIVE_TASK, INTERMEDIATE_CATCH_EVENT, EXCLUSIVE_GATEWAY,
    PARALLEL_GATEWAY, SEQUENCE_FLOW;

    public boolean waitsForMessage() {
        return this == RECEIVE_TASK || this == INTERMEDIATE_CATCH_EVENT;
    }
}
