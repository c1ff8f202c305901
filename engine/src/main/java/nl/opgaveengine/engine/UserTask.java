package nl.opgaveengine.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An open user task: who may do it (assignee, candidate groups and users) and where it stands in the process. */
public record UserTask(long key, long processInstanceKey, long elementInstanceKey, String elementId, String name,
                       String assignee, List<String> candidateGroups, List<String> candidateUsers, String formKey,
                       Map<String, String> customHeaders, long processDefinitionKey, String bpmnProcessId,
                       int processDefinitionVersion, Instant createdAt) {
}
