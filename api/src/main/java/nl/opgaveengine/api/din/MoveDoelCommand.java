package nl.opgaveengine.api.din;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Places a goal under another parent goal (or at the top, with null). */
public record MoveDoelCommand(@TargetAggregateIdentifier String dinId, String doelId, String bovenliggendDoelId,
                              Attribution attribution) {
}
