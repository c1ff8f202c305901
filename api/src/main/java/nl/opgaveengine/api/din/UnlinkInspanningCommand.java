package nl.opgaveengine.api.din;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Lets an effort no longer serve a goal; refused when it would serve none. */
public record UnlinkInspanningCommand(@TargetAggregateIdentifier String dinId, String inspanningId, String doelId,
                                      Attribution attribution) {
}
