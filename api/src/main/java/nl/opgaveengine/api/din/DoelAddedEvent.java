package nl.opgaveengine.api.din;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.serialization.Revision;

/** A goal was added to the DIN. */
@Revision("1")
public record DoelAddedEvent(String dinId, String opgaveId, String doelId, String naam, String bovenliggendDoelId,
                             Attribution attribution) implements DinEvent {
}
