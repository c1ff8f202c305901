package nl.opgaveengine.api.leren;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that the acting user read the lesson for the intake of another opgave. */
public record MarkLesGelezenCommand(@TargetAggregateIdentifier String lesId, String opgaveId, Attribution attribution) {
}
