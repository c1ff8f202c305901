package nl.opgaveengine.command.leren;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import nl.opgaveengine.api.leren.LesBron;
import nl.opgaveengine.api.leren.LesGelezenEvent;
import nl.opgaveengine.api.leren.LesRecordedEvent;
import nl.opgaveengine.api.leren.MarkLesGelezenCommand;
import nl.opgaveengine.api.leren.RecordLesCommand;
import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.command.baten.KnownOpgaven;
import nl.opgaveengine.command.portfolio.Rollen;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A lesson learned on an opgave, at a gate review, in an evaluation report or at a procesregie step; it remembers who
 * read it for which other opgave, so an intake can show that the lessons of similar opgaven were read.
 */
@Aggregate
public class Les {

    @AggregateIdentifier
    private String lesId;
    private final Set<String> gelezen = new HashSet<>();

    protected Les() {
        // for Axon
    }

    @CommandHandler
    public Les(RecordLesCommand command, KnownOpgaven opgaven, LesBronnen bronnen) {
        opgaven.require(command.opgaveId(), "opgaveId");
        if (command.bron() == null) {
            throw Rollen.invalid("bron", "De bron ontbreekt: GATE_REVIEW, EVALUATIERAPPORT of PROCESSTAP.");
        }
        if (command.bron() != LesBron.EVALUATIERAPPORT
                && (command.bronReferentie() == null || command.bronReferentie().isBlank())) {
            throw Rollen.invalid("bronReferentie", "Een les uit een " + command.bron().name().toLowerCase()
                    + " noemt de gate of processtap waar zij geleerd is.");
        }
        bronnen.vereis(command.opgaveId(), command.bron(), command.bronReferentie());
        Attribution who = command.attribution().hasReason() ? command.attribution()
                : command.attribution().withReason("Les vastgelegd");
        apply(new LesRecordedEvent(command.lesId(), command.opgaveId(), command.bron(), command.bronReferentie(),
                command.watGebeurde(), command.geleerd(), command.voorWie(), command.werkwijze(), command.thema(),
                command.veld(), command.gotikAspect(), who));
    }

    @CommandHandler
    public void handle(MarkLesGelezenCommand command, KnownOpgaven opgaven) {
        opgaven.require(command.opgaveId(), "opgaveId");
        if (gelezen.contains(key(command.opgaveId(), command.attribution().actor()))) {
            return;
        }
        Attribution who = command.attribution().hasReason() ? command.attribution()
                : command.attribution().withReason("Gelezen bij de intake van opgave " + command.opgaveId());
        apply(new LesGelezenEvent(lesId, command.opgaveId(), who));
    }

    private static String key(String opgaveId, String actor) {
        return opgaveId + "|" + actor;
    }

    @EventSourcingHandler
    void on(LesRecordedEvent event) {
        lesId = event.lesId();
    }

    @EventSourcingHandler
    void on(LesGelezenEvent event) {
        gelezen.add(key(event.opgaveId(), event.attribution().actor()));
    }
}
