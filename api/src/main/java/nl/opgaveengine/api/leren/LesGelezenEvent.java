package nl.opgaveengine.api.leren;

import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.OpgaveBetrokkenEvent;
import org.axonframework.serialization.Revision;

/** A lesson was read for (the intake of) an opgave; the attribution says by whom and when. */
@Revision("1")
public record LesGelezenEvent(String lesId, String opgaveId, Attribution attribution)
        implements OpgaveBetrokkenEvent {
}
