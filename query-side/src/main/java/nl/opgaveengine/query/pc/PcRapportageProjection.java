package nl.opgaveengine.query.pc;

import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.OpgaveClosedEvent;
import nl.opgaveengine.api.opgave.OpgaveRegisteredEvent;
import nl.opgaveengine.api.opgave.WerkwijzeChosenEvent;
import nl.opgaveengine.api.pc.PcMomentPlannedEvent;
import nl.opgaveengine.api.pc.VoortgangsrapportageSubmittedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import nl.opgaveengine.query.support.ProjectieJdbc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;

import static nl.opgaveengine.query.support.EventDetails.actor;
import static nl.opgaveengine.query.support.EventDetails.at;
import static nl.opgaveengine.query.support.EventDetails.reason;
import static nl.opgaveengine.query.support.EventDetails.role;
import static nl.opgaveengine.query.support.Timestamps.toDb;

/**
 * Projects the P&C calendar, the opgaven that must report and their reports. The three tables are filled
 * independently (their events come from different aggregates) and joined when read; a report keeps its latest version.
 */
@Component
@ProcessingGroup(PcRapportageProjection.PROCESSING_GROUP)
public class PcRapportageProjection {

    public static final String PROCESSING_GROUP = "pc-rapportage";

    private final JdbcTemplate jdbc;

    public PcRapportageProjection(JdbcTemplate jdbc) {
        this.jdbc = new ProjectieJdbc(jdbc);
    }

    @EventHandler
    public void on(OpgaveRegisteredEvent event, EventMessage<?> message) {
        jdbc.update("""
                insert into qs_pc_opgave (opgave_id, titel, thema, gebied, status, geregistreerd_op)
                values (?, ?, ?, ?, 'LOPEND', ?) on conflict do nothing""",
                event.opgaveId(), event.titel(), event.thema(), event.gebied(), toDb(at(event.attribution(), message)));
    }

    @EventHandler
    public void on(WerkwijzeChosenEvent event) {
        jdbc.update("update qs_pc_opgave set werkwijze = ? where opgave_id = ?",
                event.werkwijze() == null ? null : event.werkwijze().name(), event.opgaveId());
    }

    @EventHandler
    public void on(OpgaveClosedEvent event, EventMessage<?> message) {
        jdbc.update("update qs_pc_opgave set status = ?, afgesloten_op = ? where opgave_id = ?",
                event.resultaat() == null ? null : event.resultaat().name(), toDb(at(event.attribution(), message)),
                event.opgaveId());
    }

    @EventHandler
    public void on(PcMomentPlannedEvent event, EventMessage<?> message) {
        jdbc.update("""
                insert into qs_pc_moment (moment_id, jaar, naam, soort, peildatum, deadline, gepland_op, gepland_door)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                event.momentId(), event.jaar(), event.naam(), event.soort() == null ? null : event.soort().name(),
                Date.valueOf(event.peildatum()), Date.valueOf(event.deadline()),
                toDb(at(event.attribution(), message)), actor(event.attribution()));
    }

    @EventHandler
    public void on(VoortgangsrapportageSubmittedEvent event, EventMessage<?> message) {
        Attribution who = event.attribution();
        jdbc.update("""
                insert into qs_pc_rapportage (rapportage_id, moment_id, opgave_id, versie, begroot, besteed, prognose,
                                              status, toelichting, deadline, na_deadline, ingediend_op, ingediend_door,
                                              ingediend_in_rol)
                values (?, ?, ?, 0, null, null, null, null, null, null, null, ?, null, null) on conflict do nothing""",
                event.rapportageId(), event.momentId(), event.opgaveId(), toDb(at(who, message)));
        jdbc.update("""
                update qs_pc_rapportage set versie = ?, begroot = ?, besteed = ?, prognose = ?, status = ?, toelichting = ?,
                       deadline = ?, na_deadline = ?, ingediend_op = ?, ingediend_door = ?, ingediend_in_rol = ?
                where rapportage_id = ? and versie < ?""",
                event.versie(), event.begroot(), event.besteed(), event.prognose(),
                event.status() == null ? null : event.status().name(), reason(who),
                event.deadline() == null ? null : Date.valueOf(event.deadline()), event.naDeadline(),
                toDb(at(who, message)), actor(who), role(who), event.rapportageId(), event.versie());
    }

    /** Clears the view before a replay. */
    @ResetHandler
    public void reset() {
        jdbc.update("delete from qs_pc_rapportage");
        jdbc.update("delete from qs_pc_moment");
        jdbc.update("delete from qs_pc_opgave");
    }
}
