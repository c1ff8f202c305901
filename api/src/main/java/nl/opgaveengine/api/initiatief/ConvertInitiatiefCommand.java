package nl.opgaveengine.api.initiatief;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Turns an accepted, answered initiative into a new opgave with the given id. */
public record ConvertInitiatiefCommand(@TargetAggregateIdentifier String initiatiefId, String opgaveId,
                                       Attribution attribution) {
}
