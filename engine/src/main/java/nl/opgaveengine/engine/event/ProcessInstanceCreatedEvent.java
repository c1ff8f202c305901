package nl.opgaveengine.engine.event;

import org.axonframework.serialization.Revision;

/**
 * A process instance was created on a definition version; its start variables follow as VariablesSetEvent.
 * A child called by a call activity names its parent instance and the call activity's element instance (both null
 * otherwise, and in events written before call activities existed). {@code startElementId} names the start event the
 * instance began at (null in events written before event sub-processes existed: the none start event).
 */
@Revision("1")
public record ProcessInstanceCreatedEvent(long processInstanceKey, long processDefinitionKey, String bpmnProcessId,
                                          int version, Long parentProcessInstanceKey, Long parentElementInstanceKey,
                                          String startElementId) {

    public ProcessInstanceCreatedEvent(long processInstanceKey, long processDefinitionKey, String bpmnProcessId,
                                       int version, Long parentProcessInstanceKey, Long parentElementInstanceKey) {
        this(processInstanceKey, processDefinitionKey, bpmnProcessId, version, parentProcessInstanceKey,
                parentElementInstanceKey, null);
    }

    public ProcessInstanceCreatedEvent(long processInstanceKey, long processDefinitionKey, String bpmnProcessId,
                                       int version) {
        this(processInstanceKey, processDefinitionKey, bpmnProcessId, version, null, null, null);
    }
}
