package nl.opgaveengine.api.opgave;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Ends a person's opgave role and gives it to a successor in one step (an election changes the alderman):
 * the successor inherits the open decisions of the role.
 */
public record HandOverRolCommand(@TargetAggregateIdentifier String opgaveId, Rol rol, String persoon,
                                 String opvolger, Attribution attribution) {
}
