package nl.opgaveengine.engine;

import java.time.Instant;

/** One deployed version of a process. */
public record ProcessDefinition(long key, String bpmnProcessId, String name, int version, String resourceName,
                                String checksum, Instant deployedAt, String deployedBy) {
}
