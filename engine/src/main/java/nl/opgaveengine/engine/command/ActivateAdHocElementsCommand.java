package nl.opgaveengine.engine.command;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Activates inner elements of an active ad-hoc sub-process instance by element id; {@code variables} (null, or one
 * map per element id) become local variables of each activated element instance.
 */
public record ActivateAdHocElementsCommand(@TargetAggregateIdentifier String aggregateId, long adHocSubProcessInstanceKey,
                                           List<String> elementIds, List<java.util.Map<String, Object>> variables) {
}
