package nl.opgaveengine.api.opgave;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Confirms or overrides the advised werkwijze; overriding needs a reason. */
public record ChooseWerkwijzeCommand(@TargetAggregateIdentifier String opgaveId, Werkwijze werkwijze, Attribution attribution) {
}
