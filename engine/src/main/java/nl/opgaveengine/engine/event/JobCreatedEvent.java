package nl.opgaveengine.engine.event;

import java.util.Map;
import org.axonframework.serialization.Revision;

/** A service task created a job for workers of its type. */
@Revision("1")
public record JobCreatedEvent(long processInstanceKey, long jobKey, long elementInstanceKey, String elementId, String type, int retries,
                              Map<String, String> customHeaders, long processDefinitionKey, String bpmnProcessId,
                              int processDefinitionVersion) {
}
