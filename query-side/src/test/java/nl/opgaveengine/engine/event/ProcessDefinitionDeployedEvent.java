package nl.opgaveengine.engine.event;

import java.time.Instant;

/** Test stand-in with the engine's type name and fields: the query side reads the real one by name and JSON only. */
public record ProcessDefinitionDeployedEvent(long processDefinitionKey, String bpmnProcessId, String name, int version,
                                             String resourceName, String checksum, String resource, long deploymentKey,
                                             Instant deployedAt, String deployedBy) {
}
