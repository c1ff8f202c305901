package nl.opgaveengine.api.portfolio;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes an item off the strategic agenda, with a reason; its history and links stay visible. */
public record WithdrawAgendapuntCommand(@TargetAggregateIdentifier String agendaId, String agendapuntId,
                                        Attribution attribution) {
}
