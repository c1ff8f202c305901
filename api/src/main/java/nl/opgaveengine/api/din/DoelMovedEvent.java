package nl.opgaveengine.api.din;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.serialization.Revision;

/** A goal was placed under another parent goal (null: at the top). */
@Revision("1")
public record DoelMovedEvent(String dinId, String opgaveId, String doelId, String bovenliggendDoelId, Attribution attribution)
        implements DinEvent {
}
