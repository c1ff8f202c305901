package nl.opgaveengine.api.opgave;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Attaches a version of a gate document (by reference and content hash). */
public record AttachDocumentCommand(@TargetAggregateIdentifier String opgaveId, String documentId, String naam, String versie, String contentHash, String referentie, Attribution attribution) {
}
