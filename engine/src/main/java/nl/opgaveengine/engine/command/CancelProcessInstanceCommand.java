package nl.opgaveengine.engine.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Cancels a process instance, terminating every active element. {@code byParent}: the parent's call activity was
 * terminated (a called child cannot be cancelled on its own).
 */
public record CancelProcessInstanceCommand(@TargetAggregateIdentifier String aggregateId, long processInstanceKey,
                                           boolean byParent) {

    public CancelProcessInstanceCommand(String aggregateId, long processInstanceKey) {
        this(aggregateId, processInstanceKey, false);
    }
}
