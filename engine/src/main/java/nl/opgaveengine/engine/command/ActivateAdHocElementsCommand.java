package nl.opgaveengine.engine.command;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Activates inner elements of an active ad-hoc sub-process instance by element id. */
public record ActivateAdHocElementsCommand(@TargetAggregateIdentifier String aggregateId, long adHocSubProcessInstanceKey,
                                           List<String> elementIds) {
}
