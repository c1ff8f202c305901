package nl.opgaveengine.api.din;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.serialization.Revision;

/** An effort no longer serves this goal. */
@Revision("1")
public record InspanningUnlinkedEvent(String dinId, String opgaveId, String inspanningId, String doelId, Attribution attribution)
        implements DinEvent {
}
