package nl.opgaveengine.api.din;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.serialization.Revision;

/** A goal was removed from the DIN. */
@Revision("1")
public record DoelRemovedEvent(String dinId, String opgaveId, String doelId, Attribution attribution) implements DinEvent {
}
