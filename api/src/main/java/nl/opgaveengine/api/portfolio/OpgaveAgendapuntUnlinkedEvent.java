package nl.opgaveengine.api.portfolio;

import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.OpgaveBetrokkenEvent;
import org.axonframework.serialization.Revision;

/** The link of an opgave to an item of the strategic agenda was ended; the attribution says why. */
@Revision("1")
public record OpgaveAgendapuntUnlinkedEvent(String agendaId, String agendapuntId, String opgaveId,
                                            Attribution attribution)
        implements OpgaveBetrokkenEvent {
}
