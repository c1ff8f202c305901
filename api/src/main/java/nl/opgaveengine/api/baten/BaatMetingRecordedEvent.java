package nl.opgaveengine.api.baten;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.serialization.Revision;

/** An expected or realised value of the baat's indicator at a date was recorded. */
@Revision("1")
public record BaatMetingRecordedEvent(String baatId, String opgaveId, MetingSoort soort, LocalDate peildatum,
                                      BigDecimal waarde, Attribution attribution) implements BaatEvent {
}
