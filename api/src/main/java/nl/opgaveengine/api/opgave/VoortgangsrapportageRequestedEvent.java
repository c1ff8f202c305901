package nl.opgaveengine.api.opgave;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A voortgangsrapportage is due for this opgave at this P&C moment. */
@Revision("1")
public record VoortgangsrapportageRequestedEvent(String opgaveId, Instant pcMoment, String pcMomentNaam, Werkwijze werkwijze,
                                                 Attribution attribution) implements OpgaveEvent {
}
