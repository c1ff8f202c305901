package nl.opgaveengine.query.audit;

import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.OpgaveEvent;
import nl.opgaveengine.query.support.JsonText;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.serialization.Revision;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static nl.opgaveengine.query.support.EventDetails.actor;
import static nl.opgaveengine.query.support.EventDetails.at;
import static nl.opgaveengine.query.support.EventDetails.globalPosition;
import static nl.opgaveengine.query.support.EventDetails.reason;
import static nl.opgaveengine.query.support.EventDetails.role;
import static nl.opgaveengine.query.support.EventDetails.sequenceNumber;
import static nl.opgaveengine.query.support.Timestamps.toDb;

/** Records every opgave event, of any type that implements {@link OpgaveEvent}, as one row of history keyed by event id. */
@Component
@ProcessingGroup(GebeurtenissenProjection.PROCESSING_GROUP)
public class GebeurtenissenProjection {

    public static final String PROCESSING_GROUP = "gebeurtenissen";

    private final JdbcTemplate jdbc;

    public GebeurtenissenProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    public void on(OpgaveEvent event, EventMessage<?> message) {
        Attribution who = event.attribution();
        Revision revision = event.getClass().getAnnotation(Revision.class);
        jdbc.update("""
                insert into qs_gebeurtenis (event_id, globale_positie, opgave_id, volgnummer, event_type, revisie, tijdstip,
                                            opgeslagen_op, actor, rol, reden, payload, metadata)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""",
                message.getIdentifier(), globalPosition(message), event.opgaveId(), sequenceNumber(message),
                event.getClass().getSimpleName(), revision == null ? null : revision.value(),
                toDb(at(who, message)), toDb(message.getTimestamp()), actor(who), role(who), reason(who),
                JsonText.write(event), message.getMetaData().isEmpty() ? null : JsonText.write(message.getMetaData()));
    }

    /** Clears the history before a replay. */
    @ResetHandler
    public void reset() {
        jdbc.update("delete from qs_gebeurtenis");
    }
}
