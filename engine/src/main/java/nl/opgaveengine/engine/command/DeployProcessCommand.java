package nl.opgaveengine.engine.command;

import java.util.List;
import nl.opgaveengine.engine.model.TimerModel;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Deploys one process of a resource on its definition aggregate; a no-op when content and resource name are
 * unchanged. {@code startEvents} lists its timer and message start events, which a new version schedules.
 */
public record DeployProcessCommand(@TargetAggregateIdentifier String aggregateId, long candidateKey, long deploymentKey, String bpmnProcessId,
                                   String name, String resourceName, String checksum, String resource,
                                   String deployedBy, List<StartEventSpec> startEvents) {

    /** A timer or message start event of the deployed process. */
    public record StartEventSpec(String elementId, TimerModel timer, String messageName) {
    }
}
