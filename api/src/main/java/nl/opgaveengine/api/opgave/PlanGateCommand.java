package nl.opgaveengine.api.opgave;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The project office sets (or moves) the date by which the open gate must be decided; the reason is required. */
public record PlanGateCommand(@TargetAggregateIdentifier String opgaveId, String gateId, Instant uiterlijkOp,
                              Attribution attribution) {
}
