package nl.opgaveengine.api.din;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Lets an effort serve one more goal. */
public record LinkInspanningCommand(@TargetAggregateIdentifier String dinId, String inspanningId, String doelId,
                                    Attribution attribution) {
}
