package nl.opgaveengine.api.portfolio;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Links an opgave to an item of the strategic agenda (theme, goal or BBV programme). */
public record LinkOpgaveAgendapuntCommand(@TargetAggregateIdentifier String agendaId, String agendapuntId,
                                          String opgaveId, Attribution attribution) {
}
