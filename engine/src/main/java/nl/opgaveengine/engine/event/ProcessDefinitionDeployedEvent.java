package nl.opgaveengine.engine.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A new version of a process was deployed; holds the full resource as deployed. */
@Revision("1")
public record ProcessDefinitionDeployedEvent(long processDefinitionKey, String bpmnProcessId, String name, int version, String resourceName,
                                             String checksum, String resource, long deploymentKey, Instant deployedAt,
                                             String deployedBy) {
}
