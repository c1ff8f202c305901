package nl.opgaveengine.api.portfolio;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a theme, goal or BBV programme to the strategic agenda, optionally under another item. */
public record AddAgendapuntCommand(@TargetAggregateIdentifier String agendaId, String agendapuntId,
                                   AgendapuntSoort soort, String naam, String omschrijving, String bovenliggendId,
                                   Attribution attribution) {
}
