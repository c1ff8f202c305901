package nl.opgaveengine.query.portfolio;

import nl.opgaveengine.api.baten.BaatRegisteredEvent;
import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.FaseStartedEvent;
import nl.opgaveengine.api.opgave.GateDecidedEvent;
import nl.opgaveengine.api.opgave.GateOpenedEvent;
import nl.opgaveengine.api.opgave.GatePlannedEvent;
import nl.opgaveengine.api.opgave.IntakeRecordedEvent;
import nl.opgaveengine.api.opgave.OpgaveClosedEvent;
import nl.opgaveengine.api.opgave.OpgaveRegisteredEvent;
import nl.opgaveengine.api.opgave.OpgaveStatus;
import nl.opgaveengine.api.opgave.Rol;
import nl.opgaveengine.api.opgave.RolAssignedEvent;
import nl.opgaveengine.api.opgave.RolEndedEvent;
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
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static nl.opgaveengine.query.support.EventDetails.at;
import static nl.opgaveengine.query.support.EventDetails.sequenceNumber;
import static nl.opgaveengine.query.support.Timestamps.toDb;

/** Projects the opgave events into the portfolio: one row per opgave; replayable and idempotent. */
@Component
@ProcessingGroup(PortfolioProjection.PROCESSING_GROUP)
public class PortfolioProjection {

    public static final String PROCESSING_GROUP = "portfolio";

    /** The column that shows the current holder of each steering role (fixed names, never user input). */
    private static final Map<Rol, String> DRIEHOEK_COLUMNS = Map.of(
            Rol.BESTUURLIJK_OPDRACHTGEVER, "bestuurlijk_opdrachtgever",
            Rol.AMBTELIJK_OPDRACHTGEVER, "ambtelijk_opdrachtgever",
            Rol.STURINGSPROFESSIONAL, "sturingsprofessional");

    private final JdbcTemplate jdbc;

    public PortfolioProjection(JdbcTemplate jdbc) {
        this.jdbc = new ProjectieJdbc(jdbc).rijenInGeheugen("qs_portfolio", "opgave_id");
    }

    @EventHandler
    public void on(OpgaveRegisteredEvent event, EventMessage<?> message) {
        var at = toDb(at(event.attribution(), message));
        jdbc.update("""
                insert into qs_portfolio (opgave_id, titel, thema, gebied, status, geregistreerd_op, bijgewerkt_op)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""",
                event.opgaveId(), event.titel(), event.thema(), event.gebied(), OpgaveStatus.GEREGISTREERD.name(), at, at);
    }

    @EventHandler
    public void on(IntakeRecordedEvent event, EventMessage<?> message) {
        update(event.opgaveId(), message, event.attribution(), "status = ?", OpgaveStatus.INTAKE_GEDAAN.name());
    }

    @EventHandler
    public void on(WerkwijzeChosenEvent event, EventMessage<?> message) {
        update(event.opgaveId(), message, event.attribution(), "status = ?, werkwijze = ?",
                OpgaveStatus.LOPEND.name(), event.werkwijze() == null ? null : event.werkwijze().name());
    }

    @EventHandler
    public void on(FaseStartedEvent event, EventMessage<?> message) {
        update(event.opgaveId(), message, event.attribution(), "fase_id = ?, fase_naam = ?", event.fase(), event.faseNaam());
    }

    @EventHandler
    public void on(GateOpenedEvent event, EventMessage<?> message) {
        update(event.opgaveId(), message, event.attribution(),
                "gate_id = ?, gate_naam = ?, gate_beslisser = ?, gate_geopend_op = ?, gate_uiterlijk_op = ?",
                event.gateId(), event.gateNaam(), event.beslisser() == null ? null : event.beslisser().name(),
                toDb(at(event.attribution(), message)), toDb(event.uiterlijkOp()));
    }

    @EventHandler
    public void on(GatePlannedEvent event, EventMessage<?> message) {
        jdbc.update("""
                update qs_portfolio set gate_uiterlijk_op = ?, bijgewerkt_op = greatest(bijgewerkt_op, ?)
                where opgave_id = ? and gate_id = ?""",
                toDb(event.uiterlijkOp()), toDb(at(event.attribution(), message)), event.opgaveId(), event.gateId());
    }

    @EventHandler
    public void on(GateDecidedEvent event, EventMessage<?> message) {
        jdbc.update("""
                update qs_portfolio set gate_id = null, gate_naam = null, gate_beslisser = null, gate_geopend_op = null, gate_uiterlijk_op = null,
                       bijgewerkt_op = greatest(bijgewerkt_op, ?)
                where opgave_id = ? and gate_id = ?""",
                toDb(at(event.attribution(), message)), event.opgaveId(), event.gateId());
    }

    @EventHandler
    public void on(OpgaveClosedEvent event, EventMessage<?> message) {
        update(event.opgaveId(), message, event.attribution(),
                "status = ?, gate_id = null, gate_naam = null, gate_beslisser = null, gate_geopend_op = null, gate_uiterlijk_op = null,"
                        + " afgesloten_op = ?",
                event.resultaat() == null ? null : event.resultaat().name(), toDb(at(event.attribution(), message)));
    }

    @EventHandler
    public void on(RolAssignedEvent event, EventMessage<?> message) {
        if (event.rol() == null || !event.rol().inSturingsdriehoek()) {
            return;
        }
        jdbc.update("""
                insert into qs_portfolio_rolhouder (event_id, opgave_id, rol, persoon, van, volgnummer)
                values (?, ?, ?, ?, ?, ?)
                on conflict do nothing""",
                message.getIdentifier(), event.opgaveId(), event.rol().name(), event.persoon(),
                toDb(at(event.attribution(), message)), sequenceNumber(message));
        refreshDriehoek(event.opgaveId(), event.rol());
    }

    @EventHandler
    public void on(RolEndedEvent event, EventMessage<?> message) {
        if (event.rol() == null || !event.rol().inSturingsdriehoek()) {
            return;
        }
        jdbc.update("delete from qs_portfolio_rolhouder where opgave_id = ? and rol = ? and persoon = ?",
                event.opgaveId(), event.rol().name(), event.persoon());
        refreshDriehoek(event.opgaveId(), event.rol());
    }

    @EventHandler
    public void on(PcMomentPlannedEvent event) {
        jdbc.update("""
                insert into qs_portfolio_pc_moment (moment_id, naam, peildatum, deadline, peil_begin, peil_eind)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""",
                event.momentId(), event.naam(), Date.valueOf(event.peildatum()), Date.valueOf(event.deadline()),
                toDb(event.peildatum().atStartOfDay(ZoneOffset.UTC).toInstant()),
                toDb(event.peildatum().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    @EventHandler
    public void on(VoortgangsrapportageSubmittedEvent event, EventMessage<?> message) {
        var at = toDb(at(event.attribution(), message));
        jdbc.update("""
                insert into qs_portfolio_rapportage (opgave_id, moment_id, versie, ingediend_op) values (?, ?, 0, ?)
                on conflict do nothing""", event.opgaveId(), event.momentId(), at);
        jdbc.update("""
                update qs_portfolio_rapportage set versie = ?, begroot = ?, besteed = ?, prognose = ?, status = ?,
                       ingediend_op = ?
                where opgave_id = ? and moment_id = ? and versie < ?""",
                event.versie(), event.begroot(), event.besteed(), event.prognose(),
                event.status() == null ? null : event.status().name(), at, event.opgaveId(), event.momentId(),
                event.versie());
    }

    @EventHandler
    public void on(BaatRegisteredEvent event) {
        for (String inspanning : event.inspanningen() == null ? List.<String>of() : event.inspanningen()) {
            jdbc.update("""
                    insert into qs_portfolio_koppeling (baat_id, van_opgave_id, naar_opgave_id, baat_titel)
                    values (?, ?, ?, ?) on conflict do nothing""",
                    event.baatId(), event.opgaveId(), inspanning, event.titel());
        }
    }

    /** Clears the view before a replay. */
    @ResetHandler
    public void reset() {
        jdbc.update("delete from qs_portfolio_koppeling");
        jdbc.update("delete from qs_portfolio_rapportage");
        jdbc.update("delete from qs_portfolio_pc_moment");
        jdbc.update("delete from qs_portfolio_rolhouder");
        jdbc.update("delete from qs_portfolio");
    }

    /**
     * Shows the most recently assigned current holder of the role (normally the only one), in one statement, so a
     * rebuild can send it in a batch.
     */
    private void refreshDriehoek(String opgaveId, Rol rol) {
        jdbc.update("update qs_portfolio set " + DRIEHOEK_COLUMNS.get(rol) + """
                 = (select h.persoon from qs_portfolio_rolhouder h where h.opgave_id = ? and h.rol = ?
                    order by h.van desc, h.volgnummer desc, h.event_id desc fetch first 1 rows only)
                where opgave_id = ?""", opgaveId, rol.name(), opgaveId);
    }

    private void update(String opgaveId, EventMessage<?> message, Attribution who,
                        String assignments, Object... values) {
        Object[] arguments = new Object[values.length + 2];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = toDb(at(who, message));
        arguments[values.length + 1] = opgaveId;
        jdbc.update("update qs_portfolio set " + assignments + ", bijgewerkt_op = greatest(bijgewerkt_op, ?) where opgave_id = ?",
                arguments);
    }
}
