package nl.opgaveengine.api.din;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.serialization.Revision;

/** An effort serves one more goal. */
@Revision("1")
public record InspanningLinkedEvent(String dinId, String opgaveId, String inspanningId, String doelId, Attribution attribution)
        implements DinEvent {
}
