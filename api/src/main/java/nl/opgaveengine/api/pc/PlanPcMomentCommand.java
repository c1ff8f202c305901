package nl.opgaveengine.api.pc;

import java.time.LocalDate;
import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Puts a moment on the P&C calendar: the reports of all running opgaven are due by its deadline. */
public record PlanPcMomentCommand(@TargetAggregateIdentifier String momentId, int jaar, String naam, PcMomentSoort soort,
                                  LocalDate peildatum, LocalDate deadline, Attribution attribution) {
}
