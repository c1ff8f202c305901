package nl.opgaveengine.command.initiatief;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import nl.opgaveengine.api.initiatief.KadersPublishedEvent;
import nl.opgaveengine.api.initiatief.PublishKadersCommand;
import nl.opgaveengine.command.portfolio.Rollen;
import nl.opgaveengine.command.security.GlobalRole;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** The frames within which the municipality invites initiatives, published by the college in numbered versions. */
@Aggregate
public class Initiatiefkaders {

    @AggregateIdentifier
    private String kadersId;
    private int versie;

    protected Initiatiefkaders() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(PublishKadersCommand command) {
        Rollen.require(command.attribution(), "kaders publiceren", GlobalRole.COLLEGE);
        Rollen.requireReason(command.attribution(), "het publiceren van kaders");
        if (command.inhoud() == null || command.inhoud().isEmpty()) {
            throw Rollen.invalid("inhoud", "De kaders noemen ten minste één welkom thema.");
        }
        if (command.actoren() == null || command.actoren().isEmpty()) {
            throw Rollen.invalid("actoren", "De kaders noemen ten minste één welkome soort initiatiefnemer.");
        }
        apply(new KadersPublishedEvent(command.kadersId(), versie + 1, List.copyOf(command.inhoud()),
                List.copyOf(command.actoren()), copy(command.procedures()), copy(command.ondersteuning()),
                command.attribution()));
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    @EventSourcingHandler
    void on(KadersPublishedEvent event) {
        kadersId = event.kadersId();
        versie = event.versie();
    }
}
