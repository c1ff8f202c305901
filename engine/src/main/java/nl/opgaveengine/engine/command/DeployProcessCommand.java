package nl.opgaveengine.engine.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Deploys one process of a resource on its definition aggregate; a no-op when content and resource name are unchanged. */
public record DeployProcessCommand(@TargetAggregateIdentifier String aggregateId, long candidateKey, long deploymentKey, String bpmnProcessId,
                                   String name, String resourceName, String checksum, String resource,
                                   String deployedBy) {
}
