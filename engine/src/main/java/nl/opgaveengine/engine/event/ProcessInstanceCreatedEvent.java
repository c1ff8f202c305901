package nl.opgaveengine.engine.event;

import java.util.Map;
import org.axonframework.serialization.Revision;

/** A process instance was created on a definition version with its start variables. */
@Revision("1")
public record ProcessInstanceCreatedEvent(long processInstanceKey, long processDefinitionKey, String bpmnProcessId, int version,
                                          Map<String, Object> variables) {
}
