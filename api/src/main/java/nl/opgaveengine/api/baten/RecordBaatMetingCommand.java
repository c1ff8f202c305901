package nl.opgaveengine.api.baten;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records an expected or a realised value of the baat's indicator at a date. */
public record RecordBaatMetingCommand(@TargetAggregateIdentifier String baatId, MetingSoort soort, LocalDate peildatum,
                                      BigDecimal waarde, Attribution attribution) {
}
