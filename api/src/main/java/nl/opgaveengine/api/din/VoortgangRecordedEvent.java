package nl.opgaveengine.api.din;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.serialization.Revision;

/** The progress of an effort was recorded (percent); goals roll it up. */
@Revision("1")
public record VoortgangRecordedEvent(String dinId, String opgaveId, String inspanningId, int voortgang, Attribution attribution)
        implements DinEvent {
}
