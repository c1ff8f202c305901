package nl.opgaveengine.engine;

import java.time.Instant;
import java.util.Map;

/** A job handed to a worker, with the task headers of its element and the instance's variables. */
public record ActivatedJob(long key, String type, long processInstanceKey, long processDefinitionKey,
                           String bpmnProcessId, int processDefinitionVersion, String elementId,
                           long elementInstanceKey, Map<String, String> customHeaders, String worker, int retries,
                           Instant deadline, Map<String, Object> variables) {
}
