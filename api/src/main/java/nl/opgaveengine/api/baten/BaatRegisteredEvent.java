package nl.opgaveengine.api.baten;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.serialization.Revision;

/** A baat was registered with its goal, indicator, baseline, target, owner and the inspanningen it depends on. */
@Revision("1")
public record BaatRegisteredEvent(String baatId, String opgaveId, String titel, String doel, String indicator,
                                  String eenheid, BigDecimal nulmeting, BigDecimal streefwaarde, LocalDate streefdatum,
                                  String eigenaar, List<String> inspanningen, Attribution attribution) implements BaatEvent {
}
