package nl.opgaveengine.api.portfolio;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends the link of an opgave to an item of the strategic agenda, with a reason. */
public record UnlinkOpgaveAgendapuntCommand(@TargetAggregateIdentifier String agendaId, String agendapuntId,
                                            String opgaveId, Attribution attribution) {
}
