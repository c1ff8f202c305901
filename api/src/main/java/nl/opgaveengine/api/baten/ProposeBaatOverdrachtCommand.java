package nl.opgaveengine.api.baten;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Proposes to hand the baat's results over to a receiving lijnmanager or owner, who must accept it. */
public record ProposeBaatOverdrachtCommand(@TargetAggregateIdentifier String baatId, String ontvanger,
                                           OntvangerSoort ontvangerSoort, String organisatie, Attribution attribution) {
}
