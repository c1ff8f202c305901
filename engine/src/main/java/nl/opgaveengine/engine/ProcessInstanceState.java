package nl.opgaveengine.engine;

import java.util.List;
import java.util.Map;

/** A process instance as it stands: its state, the elements active now and its root variables. */
public record ProcessInstanceState(long key, long processDefinitionKey, String bpmnProcessId, int version,
                                   State state, List<String> activeElementIds, Map<String, Object> variables) {

    /** The life of an instance. */
    public enum State { ACTIVE, COMPLETED, TERMINATED }
}
