package nl.opgaveengine.api.leren;

import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.OpgaveBetrokkenEvent;
import nl.opgaveengine.api.opgave.Procesveld;
import nl.opgaveengine.api.opgave.Werkwijze;
import org.axonframework.serialization.Revision;

/** A lesson was recorded on an opgave. */
@Revision("1")
public record LesRecordedEvent(String lesId, String opgaveId, LesBron bron, String bronReferentie, String watGebeurde,
                               String geleerd, String voorWie, Werkwijze werkwijze, String thema, Procesveld veld,
                               GotikAspect gotikAspect, Attribution attribution)
        implements OpgaveBetrokkenEvent {
}
