package nl.opgaveengine.api.baten;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.serialization.Revision;

/** A handover of the baat to a receiver in the line or among the end users was proposed. */
@Revision("1")
public record BaatOverdrachtProposedEvent(String baatId, String opgaveId, String huidigeEigenaar, String ontvanger,
                                          OntvangerSoort ontvangerSoort, String organisatie,
                                          Attribution attribution) implements BaatEvent {
}
