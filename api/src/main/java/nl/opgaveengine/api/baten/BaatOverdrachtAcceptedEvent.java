package nl.opgaveengine.api.baten;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.serialization.Revision;

/** The receiver accepted the handover and owns the baat from now on, also after the opgave closes. */
@Revision("1")
public record BaatOverdrachtAcceptedEvent(String baatId, String opgaveId, String vorigeEigenaar, String nieuweEigenaar,
                                          OntvangerSoort ontvangerSoort, String organisatie,
                                          Attribution attribution) implements BaatEvent {
}
