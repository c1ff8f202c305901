package nl.opgaveengine.api.initiatief;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sends the initiator the municipality's answer to the assessment; the attribution's reason is the answer's ground. */
public record AnswerInitiatiefnemerCommand(@TargetAggregateIdentifier String initiatiefId, String antwoord,
                                           Attribution attribution) {
}
