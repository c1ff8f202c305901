package nl.opgaveengine.query.prioritering;

import static nl.opgaveengine.query.support.EventDetails.actor;
import static nl.opgaveengine.query.support.EventDetails.at;
import static nl.opgaveengine.query.support.EventDetails.reason;
import static nl.opgaveengine.query.support.EventDetails.role;
import static nl.opgaveengine.query.support.Timestamps.toDb;

import nl.opgaveengine.api.opgave.OpgaveRegisteredEvent;
import nl.opgaveengine.api.portfolio.AgendapuntAddedEvent;
import nl.opgaveengine.api.portfolio.AgendapuntWithdrawnEvent;
import nl.opgaveengine.api.portfolio.OpgaveAgendapuntLinkedEvent;
import nl.opgaveengine.api.portfolio.OpgaveAgendapuntUnlinkedEvent;
import nl.opgaveengine.api.portfolio.OpgaveScoredEvent;
import nl.opgaveengine.api.portfolio.PrioriteringDecidedEvent;
import nl.opgaveengine.api.portfolio.PrioriteringsrondeOpenedEvent;
import nl.opgaveengine.api.portfolio.Rangschikking;
import nl.opgaveengine.query.support.JsonText;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import nl.opgaveengine.query.support.ProjectieJdbc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Projects the strategic agenda and the prioritisation rounds; replayable and idempotent. */
@Component
@ProcessingGroup(PrioriteringProjection.PROCESSING_GROUP)
public class PrioriteringProjection {

    public static final String PROCESSING_GROUP = "prioritering";

    private final JdbcTemplate jdbc;

    public PrioriteringProjection(JdbcTemplate jdbc) {
        this.jdbc = new ProjectieJdbc(jdbc);
    }

    @EventHandler
    public void on(OpgaveRegisteredEvent event) {
        jdbc.update("insert into qs_prio_opgave (opgave_id, titel, thema, gebied) values (?, ?, ?, ?) on conflict do nothing",
                event.opgaveId(), event.titel(), event.thema(), event.gebied());
    }

    @EventHandler
    public void on(AgendapuntAddedEvent event, EventMessage<?> message) {
        jdbc.update("""
                insert into qs_agendapunt (agendapunt_id, soort, naam, omschrijving, bovenliggend_id, ingetrokken,
                       toegevoegd_door, toegevoegd_rol, toegevoegd_op, reden)
                values (?, ?, ?, ?, ?, false, ?, ?, ?, ?) on conflict do nothing""",
                event.agendapuntId(), event.soort().name(), event.naam(), event.omschrijving(), event.bovenliggendId(),
                actor(event.attribution()), role(event.attribution()), toDb(at(event.attribution(), message)),
                reason(event.attribution()));
    }

    @EventHandler
    public void on(AgendapuntWithdrawnEvent event, EventMessage<?> message) {
        jdbc.update("update qs_agendapunt set ingetrokken = true, ingetrokken_op = ?, ingetrokken_reden = ? where agendapunt_id = ?",
                toDb(at(event.attribution(), message)), reason(event.attribution()), event.agendapuntId());
    }

    @EventHandler
    public void on(OpgaveAgendapuntLinkedEvent event, EventMessage<?> message) {
        jdbc.update("""
                insert into qs_agendakoppeling (opgave_id, agendapunt_id, gekoppeld_door, gekoppeld_rol, gekoppeld_op, reden)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""",
                event.opgaveId(), event.agendapuntId(), actor(event.attribution()), role(event.attribution()),
                toDb(at(event.attribution(), message)), reason(event.attribution()));
    }

    @EventHandler
    public void on(OpgaveAgendapuntUnlinkedEvent event) {
        jdbc.update("delete from qs_agendakoppeling where opgave_id = ? and agendapunt_id = ?", event.opgaveId(),
                event.agendapuntId());
    }

    @EventHandler
    public void on(PrioriteringsrondeOpenedEvent event, EventMessage<?> message) {
        jdbc.update("""
                insert into qs_ronde (ronde_id, naam, criteria, status, geopend_door, geopend_op)
                values (?, ?, ?, 'OPEN', ?, ?) on conflict do nothing""",
                event.rondeId(), event.naam(), JsonText.write(event.criteria()), actor(event.attribution()),
                toDb(at(event.attribution(), message)));
    }

    @EventHandler
    public void on(OpgaveScoredEvent event, EventMessage<?> message) {
        jdbc.update("delete from qs_ronde_score where ronde_id = ? and opgave_id = ?", event.rondeId(), event.opgaveId());
        jdbc.update("""
                insert into qs_ronde_score (ronde_id, opgave_id, scores, totaal, gescoord_door, gescoord_op, toelichting)
                values (?, ?, ?, ?, ?, ?, ?)""",
                event.rondeId(), event.opgaveId(), JsonText.write(new java.util.TreeMap<>(event.scores())),
                event.totaal(), actor(event.attribution()), toDb(at(event.attribution(), message)),
                reason(event.attribution()));
    }

    @EventHandler
    public void on(PrioriteringDecidedEvent event, EventMessage<?> message) {
        var at = toDb(at(event.attribution(), message));
        jdbc.update("""
                update qs_ronde set status = 'BESLOTEN', besloten_door = ?, besloten_rol = ?, besloten_op = ?,
                       besluit_reden = ? where ronde_id = ?""",
                actor(event.attribution()), role(event.attribution()), at, reason(event.attribution()), event.rondeId());
        for (Rangschikking r : event.rangschikking()) {
            jdbc.update("""
                    insert into qs_ronde_keuze (ronde_id, opgave_id, rang, totaal, keuze, reden, besloten_op)
                    values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                    event.rondeId(), r.opgaveId(), r.rang(), r.totaal(), r.keuze().name(), r.reden(), at);
        }
    }

    /** Clears the view before a replay. */
    @ResetHandler
    public void reset() {
        jdbc.update("delete from qs_ronde_keuze");
        jdbc.update("delete from qs_ronde_score");
        jdbc.update("delete from qs_ronde");
        jdbc.update("delete from qs_agendakoppeling");
        jdbc.update("delete from qs_agendapunt");
        jdbc.update("delete from qs_prio_opgave");
    }
}
