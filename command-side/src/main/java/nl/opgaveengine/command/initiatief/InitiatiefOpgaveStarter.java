package nl.opgaveengine.command.initiatief;

import nl.opgaveengine.api.initiatief.InitiatiefConvertedEvent;
import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.RegisterOpgaveCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Registers the opgave an accepted initiative became, with the initiator as its initiatiefnemer; the opgave then
 * enters intake like any other. The opgave id comes from the event, so a redelivered event registers nothing twice.
 */
@Component
@ProcessingGroup(InitiatiefOpgaveStarter.PROCESSING_GROUP)
public class InitiatiefOpgaveStarter {

    public static final String PROCESSING_GROUP = "initiatief-opgaven";

    private final CommandGateway commands;
    private final EventStore eventStore;

    public InitiatiefOpgaveStarter(CommandGateway commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @EventHandler
    @DisallowReplay
    void on(InitiatiefConvertedEvent event) {
        if (eventStore.lastSequenceNumberFor(event.opgaveId()).isPresent()) {
            return;
        }
        Attribution by = event.attribution();
        commands.sendAndWait(new RegisterOpgaveCommand(event.opgaveId(), event.titel(),
                event.omschrijving() + " (uit initiatief " + event.initiatiefId() + ", strategie "
                        + event.strategie() + ")", event.thema(), event.gebied(), event.initiatiefnemer(),
                by.withReason("Uit aanvaard initiatief " + event.initiatiefId() + ": " + by.reason()),
                event.initiatiefnemerGebied()));
    }
}
