package nl.opgaveengine.api.baten;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a baat (batenprofiel) of an opgave, tied to a DIN goal and the inspanningen (opgaven) it depends on. */
public record RegisterBaatCommand(@TargetAggregateIdentifier String baatId, String opgaveId, String titel, String doel,
                                  String indicator, String eenheid, BigDecimal nulmeting, BigDecimal streefwaarde,
                                  LocalDate streefdatum, String eigenaar, List<String> inspanningen,
                                  Attribution attribution) {
}
