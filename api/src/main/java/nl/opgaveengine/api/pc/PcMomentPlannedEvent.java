package nl.opgaveengine.api.pc;

import java.time.LocalDate;
import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.serialization.Revision;

/** A P&C moment was put on the calendar, with its reference date and the deadline for the reports. */
@Revision("1")
public record PcMomentPlannedEvent(String momentId, int jaar, String naam, PcMomentSoort soort, LocalDate peildatum,
                                   LocalDate deadline, Attribution attribution) {
}
