package nl.opgaveengine.api.opgave;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Assigns an opgave role to a person, with a reason; {@code gebied} is the optional area the person (a player of the
 * opgave) belongs to, on the municipality's list of areas.
 */
public record AssignRolCommand(@TargetAggregateIdentifier String opgaveId, Rol rol, String persoon,
                               Attribution attribution, String gebied) {

    /** A role holder without an area of their own. */
    public AssignRolCommand(String opgaveId, Rol rol, String persoon, Attribution attribution) {
        this(opgaveId, rol, persoon, attribution, null);
    }
}
