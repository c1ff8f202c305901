package nl.opgaveengine.api.opgave;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Assigns an opgave role to a person, with a reason. */
public record AssignRolCommand(@TargetAggregateIdentifier String opgaveId, Rol rol, String persoon, Attribution attribution) {
}
