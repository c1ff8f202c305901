package nl.opgaveengine.query.gebied;

import static nl.opgaveengine.query.support.EventDetails.at;
import static nl.opgaveengine.query.support.Timestamps.toDb;

import nl.opgaveengine.api.initiatief.InitiatiefSubmittedEvent;
import nl.opgaveengine.api.opgave.OpgaveRegisteredEvent;
import nl.opgaveengine.api.opgave.RolAssignedEvent;
import nl.opgaveengine.api.opgave.RolEndedEvent;
import nl.opgaveengine.query.support.ProjectieJdbc;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects the players of opgaven and initiatives with the area each belongs to: every holder of an opgave role
 * (until the role ends), the initiator of an opgave and the initiator of an initiative. Events written before players
 * carried an area give a player without one. Keyed by event id: replayable and idempotent; other events are ignored.
 */
@Component
@ProcessingGroup(GebiedSpelersProjection.PROCESSING_GROUP)
public class GebiedSpelersProjection {

    public static final String PROCESSING_GROUP = "gebiedspelers";

    /** The role recorded for an initiator. */
    static final String INITIATIEFNEMER = "INITIATIEFNEMER";

    private static final String INSERT = """
            insert into qs_gebied_speler (event_id, persoon, rol, gebied, opgave_id, initiatief_id, organisatie, sinds)
            values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""";

    private final JdbcTemplate jdbc;

    public GebiedSpelersProjection(JdbcTemplate jdbc) {
        this.jdbc = new ProjectieJdbc(jdbc);
    }

    @EventHandler
    public void on(OpgaveRegisteredEvent event, EventMessage<?> message) {
        if (event.initiatiefnemer() == null || event.initiatiefnemer().isBlank()) {
            return;
        }
        jdbc.update(INSERT, message.getIdentifier(), event.initiatiefnemer(), INITIATIEFNEMER,
                event.initiatiefnemerGebied(), event.opgaveId(), null, null, toDb(at(event.attribution(), message)));
    }

    @EventHandler
    public void on(RolAssignedEvent event, EventMessage<?> message) {
        if (event.rol() == null || event.persoon() == null) {
            return;
        }
        jdbc.update(INSERT, message.getIdentifier(), event.persoon(), event.rol().name(), event.gebied(),
                event.opgaveId(), null, null, toDb(at(event.attribution(), message)));
    }

    @EventHandler
    public void on(RolEndedEvent event) {
        if (event.rol() == null) {
            return;
        }
        jdbc.update("delete from qs_gebied_speler where opgave_id = ? and rol = ? and persoon = ?",
                event.opgaveId(), event.rol().name(), event.persoon());
    }

    @EventHandler
    public void on(InitiatiefSubmittedEvent event, EventMessage<?> message) {
        String rol = event.initiatiefnemerSoort() == null ? INITIATIEFNEMER
                : INITIATIEFNEMER + " (" + event.initiatiefnemerSoort().name() + ")";
        jdbc.update(INSERT, message.getIdentifier(), event.initiatiefnemer(), rol, event.initiatiefnemerGebied(), null,
                event.initiatiefId(), event.organisatie(), toDb(at(event.attribution(), message)));
    }

    /** Clears the view before a replay. */
    @ResetHandler
    public void reset() {
        jdbc.update("delete from qs_gebied_speler");
    }
}
