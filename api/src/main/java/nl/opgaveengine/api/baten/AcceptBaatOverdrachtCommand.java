package nl.opgaveengine.api.baten;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The receiver accepts the proposed handover; only the named receiver may. */
public record AcceptBaatOverdrachtCommand(@TargetAggregateIdentifier String baatId, Attribution attribution) {
}
