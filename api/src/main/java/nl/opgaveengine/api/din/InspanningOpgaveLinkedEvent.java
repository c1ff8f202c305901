package nl.opgaveengine.api.din;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.serialization.Revision;

/** An effort is carried out as this (sub)opgave. */
@Revision("1")
public record InspanningOpgaveLinkedEvent(String dinId, String opgaveId, String inspanningId, String subopgaveId,
                                          Attribution attribution) implements DinEvent {
}
