package nl.opgaveengine.api.din;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes a goal; refused while an effort would be left without a goal, or sub-goals hang under it. */
public record RemoveDoelCommand(@TargetAggregateIdentifier String dinId, String doelId, Attribution attribution) {
}
