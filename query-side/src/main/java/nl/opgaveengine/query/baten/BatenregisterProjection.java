package nl.opgaveengine.query.baten;

import nl.opgaveengine.api.baten.BaatMetingRecordedEvent;
import nl.opgaveengine.api.baten.BaatOverdrachtAcceptedEvent;
import nl.opgaveengine.api.baten.BaatOverdrachtProposedEvent;
import nl.opgaveengine.api.baten.BaatRegisteredEvent;
import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.OpgaveClosedEvent;
import nl.opgaveengine.api.opgave.OpgaveRegisteredEvent;
import nl.opgaveengine.query.support.JsonText;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import nl.opgaveengine.query.support.ProjectieJdbc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.util.List;

import static nl.opgaveengine.query.support.EventDetails.actor;
import static nl.opgaveengine.query.support.EventDetails.at;
import static nl.opgaveengine.query.support.EventDetails.reason;
import static nl.opgaveengine.query.support.EventDetails.role;
import static nl.opgaveengine.query.support.EventDetails.sequenceNumber;
import static nl.opgaveengine.query.support.Timestamps.toDb;

/**
 * Projects baten and the opgaven they belong to. Opgave and baat rows are independent (their events may be handled
 * in any relative order) and are joined when read; rows are keyed by event id, so redelivery changes nothing.
 */
@Component
@ProcessingGroup(BatenregisterProjection.PROCESSING_GROUP)
public class BatenregisterProjection {

    public static final String PROCESSING_GROUP = "batenregister";

    private final JdbcTemplate jdbc;

    public BatenregisterProjection(JdbcTemplate jdbc) {
        this.jdbc = new ProjectieJdbc(jdbc);
    }

    @EventHandler
    public void on(OpgaveRegisteredEvent event) {
        jdbc.update("insert into qs_bt_opgave (opgave_id, titel, status) values (?, ?, 'OPEN') on conflict do nothing",
                event.opgaveId(), event.titel());
    }

    @EventHandler
    public void on(OpgaveClosedEvent event, EventMessage<?> message) {
        jdbc.update("update qs_bt_opgave set status = ?, afgesloten_op = ? where opgave_id = ?",
                event.resultaat() == null ? null : event.resultaat().name(), toDb(at(event.attribution(), message)),
                event.opgaveId());
    }

    @EventHandler
    public void on(BaatRegisteredEvent event, EventMessage<?> message) {
        Attribution who = event.attribution();
        var at = toDb(at(who, message));
        List<String> inspanningen = event.inspanningen() == null ? List.of() : event.inspanningen();
        jdbc.update("""
                insert into qs_bt_baat (baat_id, opgave_id, titel, doel, indicator, eenheid, nulmeting, streefwaarde,
                                        streefdatum, eigenaar, eigenaar_sinds, status, inspanningen, geregistreerd_op,
                                        geregistreerd_door, reden)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""",
                event.baatId(), event.opgaveId(), event.titel(), event.doel(), event.indicator(), event.eenheid(),
                event.nulmeting(), event.streefwaarde(), event.streefdatum() == null ? null : Date.valueOf(event.streefdatum()),
                event.eigenaar(), at, BaatStatus.IN_REALISATIE.name(), JsonText.write(inspanningen), at, actor(who),
                reason(who));
    }

    @EventHandler
    public void on(BaatMetingRecordedEvent event, EventMessage<?> message) {
        Attribution who = event.attribution();
        jdbc.update("""
                insert into qs_bt_meting (event_id, baat_id, volgnummer, soort, peildatum, waarde, vastgelegd_op, door,
                                          in_rol, toelichting)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""",
                message.getIdentifier(), event.baatId(), sequenceNumber(message),
                event.soort() == null ? null : event.soort().name(),
                event.peildatum() == null ? null : Date.valueOf(event.peildatum()), event.waarde(),
                toDb(at(who, message)), actor(who), role(who), reason(who));
    }

    @EventHandler
    public void on(BaatOverdrachtProposedEvent event, EventMessage<?> message) {
        Attribution who = event.attribution();
        jdbc.update("""
                insert into qs_bt_overdracht (event_id, baat_id, volgnummer, van_eigenaar, ontvanger, ontvanger_soort,
                                              organisatie, voorgesteld_op, voorgesteld_door, voorgesteld_in_rol, reden)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""",
                message.getIdentifier(), event.baatId(), sequenceNumber(message), event.huidigeEigenaar(),
                event.ontvanger(), event.ontvangerSoort() == null ? null : event.ontvangerSoort().name(),
                event.organisatie(), toDb(at(who, message)), actor(who), role(who), reason(who));
        jdbc.update("update qs_bt_baat set status = ? where baat_id = ?",
                BaatStatus.OVERDRACHT_VOORGESTELD.name(), event.baatId());
    }

    @EventHandler
    public void on(BaatOverdrachtAcceptedEvent event, EventMessage<?> message) {
        Attribution who = event.attribution();
        var at = toDb(at(who, message));
        List<String> open = jdbc.queryForList("""
                select event_id from qs_bt_overdracht
                where baat_id = ? and geaccepteerd_event_id is null and ontvanger = ?
                order by volgnummer desc""", String.class, event.baatId(), event.nieuweEigenaar());
        Integer done = jdbc.queryForObject("select count(*) from qs_bt_overdracht where geaccepteerd_event_id = ?",
                Integer.class, message.getIdentifier());
        if (!open.isEmpty() && (done == null || done == 0)) {
            jdbc.update("""
                    update qs_bt_overdracht set geaccepteerd_event_id = ?, geaccepteerd_op = ?, geaccepteerd_door = ?,
                           geaccepteerd_reden = ? where event_id = ?""",
                    message.getIdentifier(), at, actor(who), reason(who), open.get(0));
        }
        jdbc.update("update qs_bt_baat set eigenaar = ?, eigenaar_sinds = ?, status = ? where baat_id = ?",
                event.nieuweEigenaar(), at, BaatStatus.OVERGEDRAGEN.name(), event.baatId());
    }

    /** Clears the view before a replay. */
    @ResetHandler
    public void reset() {
        jdbc.update("delete from qs_bt_overdracht");
        jdbc.update("delete from qs_bt_meting");
        jdbc.update("delete from qs_bt_baat");
        jdbc.update("delete from qs_bt_opgave");
    }
}
