package nl.opgaveengine.api.opgave;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Makes a voortgangsrapportage due at a P&C moment (sent by the model's P&C timer). */
public record RequestVoortgangsrapportageCommand(@TargetAggregateIdentifier String opgaveId, Instant pcMoment, String pcMomentNaam,
                                                 Attribution attribution) {
}
