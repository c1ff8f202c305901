package nl.opgaveengine.engine.event;

import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/** A user task waits for a person: assigned to {@code assignee}, or claimable by the candidate groups and users. */
@Revision("1")
public record UserTaskCreatedEvent(long processInstanceKey, long userTaskKey, long elementInstanceKey, String elementId,
                                   String name, String assignee, List<String> candidateGroups,
                                   List<String> candidateUsers, String formKey, Map<String, String> customHeaders,
                                   long processDefinitionKey, String bpmnProcessId, int processDefinitionVersion) {
}
