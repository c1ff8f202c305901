package nl.opgaveengine.command.opgave;

import java.time.Clock;
import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.RegisterSubopgaveCommand;
import nl.opgaveengine.api.opgave.Subopgave;
import nl.opgaveengine.api.opgave.VervolgaanpakChosenEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Starts the sub-opgaven a vervolgaanpak decision names, each with a link to its parent, the chosen werkwijze and the
 * parent's role holders at the moment of the decision.
 * The ids come from the decision's event, so a redelivered event starts nothing twice.
 */
@Component
@ProcessingGroup(SubopgavenStarter.PROCESSING_GROUP)
public class SubopgavenStarter {

    public static final String PROCESSING_GROUP = "subopgaven";

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final Clock clock;

    public SubopgavenStarter(CommandGateway commands, EventStore eventStore, Clock clock) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    @EventHandler
    @DisallowReplay
    void on(VervolgaanpakChosenEvent event) {
        Attribution besluit = event.attribution();
        for (Subopgave sub : event.subopgaven()) {
            if (eventStore.lastSequenceNumberFor(sub.subopgaveId()).isPresent()) {
                continue;
            }
            commands.sendAndWait(new RegisterSubopgaveCommand(sub.subopgaveId(), event.opgaveId(), sub.titel(),
                    "Deelopgave van " + event.opgaveId() + ", gestart met werkwijze " + event.werkwijze(),
                    sub.thema(), null, event.werkwijze(),
                    new Attribution(besluit.actor(), besluit.role(), clock.instant(), "Vervolgaanpak " + event.werkwijze()
                            + " besloten bij opgave " + event.opgaveId() + ": " + besluit.reason(), besluit.namens()),
                    event.rollen() == null ? java.util.Map.of() : event.rollen()));
        }
    }
}
