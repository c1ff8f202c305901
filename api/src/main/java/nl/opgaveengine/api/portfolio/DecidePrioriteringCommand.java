package nl.opgaveengine.api.portfolio;

import java.util.List;
import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The college decides the round: a choice with a reason for every scored opgave; closes the round. */
public record DecidePrioriteringCommand(@TargetAggregateIdentifier String rondeId, List<Keuze> keuzes,
                                        Attribution attribution) {
}
