package nl.opgaveengine.command.portfolio;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.api.portfolio.AddAgendapuntCommand;
import nl.opgaveengine.api.portfolio.AgendapuntAddedEvent;
import nl.opgaveengine.api.portfolio.AgendapuntSoort;
import nl.opgaveengine.api.portfolio.AgendapuntWithdrawnEvent;
import nl.opgaveengine.api.portfolio.LinkOpgaveAgendapuntCommand;
import nl.opgaveengine.api.portfolio.OpgaveAgendapuntLinkedEvent;
import nl.opgaveengine.api.portfolio.OpgaveAgendapuntUnlinkedEvent;
import nl.opgaveengine.api.portfolio.UnlinkOpgaveAgendapuntCommand;
import nl.opgaveengine.api.portfolio.WithdrawAgendapuntCommand;
import nl.opgaveengine.command.baten.KnownOpgaven;
import nl.opgaveengine.command.security.GlobalRole;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The municipality's strategic agenda: themes, goals and BBV programmes, and the opgaven linked to them. One per
 * municipality; it comes into being with its first item.
 */
@Aggregate
public class StrategischeAgenda {

    @AggregateIdentifier
    private String agendaId;
    private final Map<String, Punt> punten = new HashMap<>();
    private final Set<String> koppelingen = new HashSet<>();

    private record Punt(AgendapuntSoort soort, String naam, boolean ingetrokken) {
    }

    protected StrategischeAgenda() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AddAgendapuntCommand command) {
        Rollen.require(command.attribution(), "de strategische agenda wijzigen", GlobalRole.COLLEGE,
                GlobalRole.PROJECTBUREAU);
        if (command.soort() == null) {
            throw Rollen.invalid("soort", "De soort ontbreekt: THEMA, DOEL of BBV_PROGRAMMA.");
        }
        if (punten.containsKey(command.agendapuntId())) {
            throw new BusinessRuleException(ErrorCode.AGENDAPUNT_EXISTS, "Agendapunt " + command.agendapuntId()
                    + " bestaat al.", Map.of("agendapuntId", command.agendapuntId()));
        }
        punten.forEach((id, punt) -> {
            if (!punt.ingetrokken() && punt.soort() == command.soort() && punt.naam().equalsIgnoreCase(command.naam())) {
                throw new BusinessRuleException(ErrorCode.AGENDAPUNT_EXISTS, "Er staat al een " + punt.soort()
                        + " '" + punt.naam() + "' op de agenda (" + id + ").", Map.of("veld", "naam", "agendapuntId", id));
            }
        });
        if (command.bovenliggendId() != null) {
            requireActive(command.bovenliggendId(), "bovenliggendId");
        }
        apply(new AgendapuntAddedEvent(command.agendaId(), command.agendapuntId(), command.soort(), command.naam(),
                command.omschrijving(), command.bovenliggendId(), command.attribution().hasReason()
                        ? command.attribution() : command.attribution().withReason("Agendapunt toegevoegd")));
    }

    @CommandHandler
    public void handle(WithdrawAgendapuntCommand command) {
        Rollen.require(command.attribution(), "de strategische agenda wijzigen", GlobalRole.COLLEGE,
                GlobalRole.PROJECTBUREAU);
        requireActive(command.agendapuntId(), "agendapuntId");
        Rollen.requireReason(command.attribution(), "het intrekken van een agendapunt");
        apply(new AgendapuntWithdrawnEvent(agendaId, command.agendapuntId(), command.attribution()));
    }

    @CommandHandler
    public void handle(LinkOpgaveAgendapuntCommand command, KnownOpgaven opgaven) {
        Rollen.require(command.attribution(), "opgaven aan de agenda koppelen", GlobalRole.PROJECTBUREAU);
        opgaven.require(command.opgaveId(), "opgaveId");
        Punt punt = requireActive(command.agendapuntId(), "agendapuntId");
        if (koppelingen.contains(key(command.agendapuntId(), command.opgaveId()))) {
            return;
        }
        apply(new OpgaveAgendapuntLinkedEvent(agendaId, command.agendapuntId(), punt.soort(), punt.naam(),
                command.opgaveId(), command.attribution().hasReason() ? command.attribution()
                        : command.attribution().withReason("Gekoppeld aan " + punt.naam())));
    }

    @CommandHandler
    public void handle(UnlinkOpgaveAgendapuntCommand command) {
        Rollen.require(command.attribution(), "opgaven van de agenda ontkoppelen", GlobalRole.PROJECTBUREAU);
        if (!koppelingen.contains(key(command.agendapuntId(), command.opgaveId()))) {
            throw new BusinessRuleException(ErrorCode.AGENDAPUNT_NOT_FOUND, "Opgave " + command.opgaveId()
                    + " is niet gekoppeld aan agendapunt " + command.agendapuntId() + ".",
                    Map.of("veld", "agendapuntId"));
        }
        Rollen.requireReason(command.attribution(), "het ontkoppelen van een opgave");
        apply(new OpgaveAgendapuntUnlinkedEvent(agendaId, command.agendapuntId(), command.opgaveId(),
                command.attribution()));
    }

    private Punt requireActive(String agendapuntId, String veld) {
        Punt punt = punten.get(agendapuntId);
        if (punt == null) {
            throw new BusinessRuleException(ErrorCode.AGENDAPUNT_NOT_FOUND, "Agendapunt " + agendapuntId
                    + " staat niet op de strategische agenda.", Map.of("veld", veld));
        }
        if (punt.ingetrokken()) {
            throw new BusinessRuleException(ErrorCode.AGENDAPUNT_WITHDRAWN, "Agendapunt '" + punt.naam()
                    + "' is ingetrokken.", Map.of("veld", veld, "agendapuntId", agendapuntId));
        }
        return punt;
    }

    private static String key(String agendapuntId, String opgaveId) {
        return agendapuntId + "|" + opgaveId;
    }

    @EventSourcingHandler
    void on(AgendapuntAddedEvent event) {
        agendaId = event.agendaId();
        punten.put(event.agendapuntId(), new Punt(event.soort(), event.naam(), false));
    }

    @EventSourcingHandler
    void on(AgendapuntWithdrawnEvent event) {
        Punt punt = punten.get(event.agendapuntId());
        punten.put(event.agendapuntId(), new Punt(punt.soort(), punt.naam(), true));
    }

    @EventSourcingHandler
    void on(OpgaveAgendapuntLinkedEvent event) {
        koppelingen.add(key(event.agendapuntId(), event.opgaveId()));
    }

    @EventSourcingHandler
    void on(OpgaveAgendapuntUnlinkedEvent event) {
        koppelingen.remove(key(event.agendapuntId(), event.opgaveId()));
    }
}
