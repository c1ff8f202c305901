package nl.opgaveengine.command.pc;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.opgaveengine.api.pc.SubmitVoortgangsrapportageCommand;
import nl.opgaveengine.api.pc.VoortgangsrapportageSubmittedEvent;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The voortgangsrapportage of one opgave for one P&C moment (id {@code vgr:<moment>:<opgave>}), so reports never
 * contend with the Opgave aggregate; a resubmission is a new version. Commands arrive through
 * {@link VoortgangsrapportageCommandHandler}, which checks the moment and the opgave first.
 */
@Aggregate
public class Voortgangsrapportage {

    @AggregateIdentifier
    private String rapportageId;
    private int versie;

    public Voortgangsrapportage() {
        // for Axon and for loadOrCreate
    }

    void submit(SubmitVoortgangsrapportageCommand command, LocalDate deadline) {
        LocalDate ingediend = command.attribution().at().atZone(ZoneOffset.UTC).toLocalDate();
        apply(new VoortgangsrapportageSubmittedEvent(command.rapportageId(), command.momentId(), command.opgaveId(),
                versie + 1, command.begroot(), command.besteed(), command.prognose(), command.status(), deadline,
                ingediend.isAfter(deadline), command.attribution()));
    }

    @EventSourcingHandler
    void on(VoortgangsrapportageSubmittedEvent event) {
        rapportageId = event.rapportageId();
        versie = event.versie();
    }
}
