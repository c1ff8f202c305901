package nl.opgaveengine.api.pc;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.serialization.Revision;

/**
 * A voortgangsrapportage was submitted; {@code versie} counts submissions for this opgave and moment, and
 * {@code naDeadline} marks one that came after the moment's deadline.
 */
@Revision("1")
public record VoortgangsrapportageSubmittedEvent(String rapportageId, String momentId, String opgaveId, int versie,
                                                 BigDecimal begroot, BigDecimal besteed, BigDecimal prognose,
                                                 RapportageStatus status, LocalDate deadline, boolean naDeadline,
                                                 Attribution attribution) {
}
