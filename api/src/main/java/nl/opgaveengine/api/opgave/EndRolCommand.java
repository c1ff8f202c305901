package nl.opgaveengine.api.opgave;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends a person's opgave role, with a reason. */
public record EndRolCommand(@TargetAggregateIdentifier String opgaveId, Rol rol, String persoon, Attribution attribution) {
}
