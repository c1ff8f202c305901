package nl.opgaveengine.engine.event;

import java.time.Instant;
import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * A running instance moved to another process definition: who did it and why, the mapping asked for, and the new
 * element id of every active element instance and of every open timer and message subscription (keys as text).
 * All keys stay as they were.
 */
@Revision("1")
public record ProcessInstanceMigratedEvent(long processInstanceKey, long sourceProcessDefinitionKey,
                                           long targetProcessDefinitionKey, String targetBpmnProcessId,
                                           int targetVersion, Map<String, String> mapping,
                                           Map<String, String> elementInstances, Map<String, String> timers,
                                           Map<String, String> subscriptions, String actor, String reason,
                                           Instant migratedAt) {
}
