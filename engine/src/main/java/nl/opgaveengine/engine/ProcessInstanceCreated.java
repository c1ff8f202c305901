package nl.opgaveengine.engine;

/** The answer to starting a process instance. */
public record ProcessInstanceCreated(long processInstanceKey, long processDefinitionKey, String bpmnProcessId,
                                     int version) {
}
