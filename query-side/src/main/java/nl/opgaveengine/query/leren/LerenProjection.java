package nl.opgaveengine.query.leren;

import static nl.opgaveengine.query.support.EventDetails.actor;
import static nl.opgaveengine.query.support.EventDetails.at;
import static nl.opgaveengine.query.support.EventDetails.role;
import static nl.opgaveengine.query.support.Timestamps.toDb;

import nl.opgaveengine.api.leren.LesGelezenEvent;
import nl.opgaveengine.api.leren.LesRecordedEvent;
import nl.opgaveengine.api.opgave.IntakeRecordedEvent;
import nl.opgaveengine.api.opgave.OpgaveRegisteredEvent;
import nl.opgaveengine.api.opgave.WerkwijzeChosenEvent;
import nl.opgaveengine.api.opgave.WerkwijzeSwitchedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import nl.opgaveengine.query.support.ProjectieJdbc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Projects lessons, their readers, and the theme, area and werkwijze of every opgave; replayable and idempotent. */
@Component
@ProcessingGroup(LerenProjection.PROCESSING_GROUP)
public class LerenProjection {

    public static final String PROCESSING_GROUP = "leren";

    private final JdbcTemplate jdbc;

    public LerenProjection(JdbcTemplate jdbc) {
        this.jdbc = new ProjectieJdbc(jdbc);
    }

    @EventHandler
    public void on(OpgaveRegisteredEvent event) {
        jdbc.update("insert into qs_les_opgave (opgave_id, titel, thema, gebied) values (?, ?, ?, ?) on conflict do nothing",
                event.opgaveId(), event.titel(), event.thema(), event.gebied());
    }

    @EventHandler
    public void on(IntakeRecordedEvent event) {
        if (event.advies() != null && event.advies().werkwijze() != null) {
            jdbc.update("update qs_les_opgave set geadviseerde_werkwijze = ? where opgave_id = ?",
                    event.advies().werkwijze().name(), event.opgaveId());
        }
    }

    @EventHandler
    public void on(WerkwijzeChosenEvent event) {
        if (event.werkwijze() != null) {
            jdbc.update("update qs_les_opgave set werkwijze = ? where opgave_id = ?", event.werkwijze().name(),
                    event.opgaveId());
        }
    }

    @EventHandler
    public void on(WerkwijzeSwitchedEvent event) {
        if (event.naar() != null) {
            jdbc.update("update qs_les_opgave set werkwijze = ? where opgave_id = ?", event.naar().name(),
                    event.opgaveId());
        }
    }

    @EventHandler
    public void on(LesRecordedEvent event, EventMessage<?> message) {
        jdbc.update("""
                insert into qs_les (les_id, opgave_id, bron, bron_referentie, wat_gebeurde, geleerd, voor_wie, werkwijze,
                       thema, veld, gotik_aspect, vastgelegd_door, vastgelegd_rol, vastgelegd_op)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                event.lesId(), event.opgaveId(), event.bron().name(), event.bronReferentie(), event.watGebeurde(),
                event.geleerd(), event.voorWie(), event.werkwijze() == null ? null : event.werkwijze().name(),
                event.thema(), event.veld() == null ? null : event.veld().name(),
                event.gotikAspect() == null ? null : event.gotikAspect().name(), actor(event.attribution()),
                role(event.attribution()), toDb(at(event.attribution(), message)));
    }

    @EventHandler
    public void on(LesGelezenEvent event, EventMessage<?> message) {
        jdbc.update("""
                insert into qs_les_gelezen (les_id, opgave_id, gelezen_door, gelezen_rol, gelezen_op)
                values (?, ?, ?, ?, ?) on conflict do nothing""",
                event.lesId(), event.opgaveId(), actor(event.attribution()), role(event.attribution()),
                toDb(at(event.attribution(), message)));
    }

    /** Clears the view before a replay. */
    @ResetHandler
    public void reset() {
        jdbc.update("delete from qs_les_gelezen");
        jdbc.update("delete from qs_les");
        jdbc.update("delete from qs_les_opgave");
    }
}
