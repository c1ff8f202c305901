package nl.opgaveengine.api.opgave;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The procesregisseur says the approach is settled: the wyberen ends after the running (or a closing) step. */
public record ChooseAanpakCommand(@TargetAggregateIdentifier String opgaveId, String slotstapId, Attribution attribution) {
}
