package nl.opgaveengine.command.gebied;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import nl.opgaveengine.api.gebied.GebiedRegisteredEvent;
import nl.opgaveengine.api.gebied.RegisterGebiedCommand;
import nl.opgaveengine.command.portfolio.Rollen;
import nl.opgaveengine.command.security.GlobalRole;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** An area of the municipality (wijk or buurt, a buurt inside a wijk), on the configurable list of areas. */
@Aggregate
public class Gebied {

    @AggregateIdentifier
    private String gebiedKey;

    protected Gebied() {
        // for Axon
    }

    @CommandHandler
    public Gebied(RegisterGebiedCommand command, Gebiedenlijst gebieden) {
        Rollen.require(command.attribution(), "gebieden vastleggen", GlobalRole.BEHEERDER, GlobalRole.PROJECTBUREAU);
        if (command.soort() == null) {
            throw Rollen.invalid("soort", "De soort gebied ontbreekt: WIJK of BUURT.");
        }
        gebieden.vereis(command.bovenliggendGebied(), "bovenliggendGebied");
        apply(new GebiedRegisteredEvent(command.gebiedKey(), command.code(), command.naam(), command.soort(),
                command.bovenliggendGebied(), command.attribution().hasReason() ? command.attribution()
                        : command.attribution().withReason("Gebied vastgelegd")));
    }

    @EventSourcingHandler
    void on(GebiedRegisteredEvent event) {
        gebiedKey = event.gebiedKey();
    }
}
