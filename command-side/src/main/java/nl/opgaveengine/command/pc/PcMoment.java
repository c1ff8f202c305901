package nl.opgaveengine.command.pc;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.Map;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.api.pc.PcMomentPlannedEvent;
import nl.opgaveengine.api.pc.PlanPcMomentCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A moment on the P&C calendar (begroting, voorjaarsnota, ...): its reference date and the deadline for reports. */
@Aggregate
public class PcMoment {

    @AggregateIdentifier
    private String momentId;
    private LocalDate deadline;

    protected PcMoment() {
        // for Axon
    }

    @CommandHandler
    public PcMoment(PlanPcMomentCommand command) {
        if (command.deadline().isBefore(command.peildatum())) {
            throw new BusinessRuleException(ErrorCode.INVALID_INPUT, "De deadline " + command.deadline()
                    + " ligt voor de peildatum " + command.peildatum() + ".", Map.of("veld", "deadline"));
        }
        apply(new PcMomentPlannedEvent(command.momentId(), command.jaar(), command.naam(), command.soort(),
                command.peildatum(), command.deadline(), command.attribution().hasReason() ? command.attribution()
                : command.attribution().withReason("P&C-kalender")));
    }

    /** The last day on which a report counts as on time. */
    public LocalDate deadline() {
        return deadline;
    }

    @EventSourcingHandler
    void on(PcMomentPlannedEvent event) {
        momentId = event.momentId();
        deadline = event.deadline();
    }
}
