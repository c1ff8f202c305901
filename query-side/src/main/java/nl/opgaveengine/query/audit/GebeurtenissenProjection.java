package nl.opgaveengine.query.audit;

import nl.opgaveengine.api.baten.BaatEvent;
import nl.opgaveengine.api.gebied.GebiedRegisteredEvent;
import nl.opgaveengine.api.initiatief.InitiatiefAssessedEvent;
import nl.opgaveengine.api.initiatief.InitiatiefSubmittedEvent;
import nl.opgaveengine.api.initiatief.InitiatiefnemerAnsweredEvent;
import nl.opgaveengine.api.initiatief.KadersPublishedEvent;
import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.OpgaveEvent;
import nl.opgaveengine.api.pc.PcMomentPlannedEvent;
import nl.opgaveengine.api.pc.VoortgangsrapportageSubmittedEvent;
import nl.opgaveengine.api.portfolio.AgendapuntAddedEvent;
import nl.opgaveengine.api.portfolio.AgendapuntWithdrawnEvent;
import nl.opgaveengine.api.portfolio.PrioriteringDecidedEvent;
import nl.opgaveengine.api.portfolio.PrioriteringsrondeOpenedEvent;
import nl.opgaveengine.query.support.JsonText;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Revision;
import nl.opgaveengine.query.support.ProjectieJdbc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

import static nl.opgaveengine.query.support.EventDetails.actor;
import static nl.opgaveengine.query.support.EventDetails.aggregateId;
import static nl.opgaveengine.query.support.EventDetails.aggregateType;
import static nl.opgaveengine.query.support.EventDetails.at;
import static nl.opgaveengine.query.support.EventDetails.globalPosition;
import static nl.opgaveengine.query.support.EventDetails.reason;
import static nl.opgaveengine.query.support.EventDetails.role;
import static nl.opgaveengine.query.support.EventDetails.sequenceNumber;
import static nl.opgaveengine.query.support.Timestamps.toDb;

/**
 * Records every event about an opgave as one row of history keyed by event id: the opgave's own events (any type that
 * implements {@link OpgaveEvent}), the events of its baten and its voortgangsrapportages. Events that concern no single
 * opgave (the strategic agenda, prioritisation rounds, P&C moments, areas, the frames and initiatives not yet an
 * opgave) are rows without an opgave id: they appear in the global trail, never in one opgave's history.
 */
@Component
@ProcessingGroup(GebeurtenissenProjection.PROCESSING_GROUP)
public class GebeurtenissenProjection {

    public static final String PROCESSING_GROUP = "gebeurtenissen";

    private final JdbcTemplate jdbc;

    public GebeurtenissenProjection(JdbcTemplate jdbc) {
        this.jdbc = new ProjectieJdbc(jdbc);
    }

    @EventHandler
    public void on(OpgaveEvent event, EventMessage<?> message) {
        record(event.opgaveId(), event.attribution(), event, message);
    }

    /** A lesson, a score, an agenda link or a converted initiative belongs to the history of its opgave. */
    @EventHandler
    public void on(nl.opgaveengine.api.opgave.OpgaveBetrokkenEvent event, EventMessage<?> message) {
        record(event.opgaveId(), event.attribution(), event, message);
    }

    /** A change to a programme's DIN belongs to the programme's history. */
    @EventHandler
    public void on(nl.opgaveengine.api.din.DinEvent event, EventMessage<?> message) {
        record(event.opgaveId(), event.attribution(), event, message);
    }

    @EventHandler
    public void on(BaatEvent event, EventMessage<?> message) {
        record(event.opgaveId(), event.attribution(), event, message);
    }

    @EventHandler
    public void on(VoortgangsrapportageSubmittedEvent event, EventMessage<?> message) {
        record(event.opgaveId(), event.attribution(), event, message);
    }

    /** A theme, goal or BBV programme added to the strategic agenda: no opgave of its own. */
    @EventHandler
    public void on(AgendapuntAddedEvent event, EventMessage<?> message) {
        record(null, event.attribution(), event, message);
    }

    @EventHandler
    public void on(AgendapuntWithdrawnEvent event, EventMessage<?> message) {
        record(null, event.attribution(), event, message);
    }

    /** A prioritisation round and the college's decision concern many opgaven at once. */
    @EventHandler
    public void on(PrioriteringsrondeOpenedEvent event, EventMessage<?> message) {
        record(null, event.attribution(), event, message);
    }

    @EventHandler
    public void on(PrioriteringDecidedEvent event, EventMessage<?> message) {
        record(null, event.attribution(), event, message);
    }

    @EventHandler
    public void on(PcMomentPlannedEvent event, EventMessage<?> message) {
        record(null, event.attribution(), event, message);
    }

    @EventHandler
    public void on(GebiedRegisteredEvent event, EventMessage<?> message) {
        record(null, event.attribution(), event, message);
    }

    @EventHandler
    public void on(KadersPublishedEvent event, EventMessage<?> message) {
        record(null, event.attribution(), event, message);
    }

    /** An initiative before it becomes an opgave: submitted, assessed, answered. */
    @EventHandler
    public void on(InitiatiefSubmittedEvent event, EventMessage<?> message) {
        record(null, event.attribution(), event, message);
    }

    @EventHandler
    public void on(InitiatiefAssessedEvent event, EventMessage<?> message) {
        record(null, event.attribution(), event, message);
    }

    @EventHandler
    public void on(InitiatiefnemerAnsweredEvent event, EventMessage<?> message) {
        record(null, event.attribution(), event, message);
    }

    private void record(String opgaveId, Attribution who, Object event, EventMessage<?> message) {
        Revision revision = event.getClass().getAnnotation(Revision.class);
        jdbc.update("""
                insert into qs_gebeurtenis (event_id, globale_positie, opgave_id, volgnummer, event_type, revisie, tijdstip,
                                            opgeslagen_op, actor, rol, reden, payload, metadata, aggregaat_type, aggregaat_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""",
                message.getIdentifier(), globalePositie(message), opgaveId, sequenceNumber(message),
                event.getClass().getSimpleName(), revision == null ? null : revision.value(),
                toDb(at(who, message)), toDb(message.getTimestamp()), actor(who), role(who), reason(who),
                JsonText.write(event), message.getMetaData().isEmpty() ? null : JsonText.write(message.getMetaData()),
                aggregateType(message), aggregateId(message));
    }

    /**
     * The event's own position in the event store. A gap-aware token (the JDBC event store's) holds the highest
     * position seen so far: an event whose transaction committed after a later one fills a gap below it, so the
     * token does not name its position; the event store does.
     */
    private Long globalePositie(EventMessage<?> message) {
        if (message instanceof TrackedEventMessage<?> tracked
                && tracked.trackingToken() instanceof GapAwareTrackingToken) {
            List<Long> eigen = jdbc.queryForList("select global_index from domain_event_entry where event_identifier = ?",
                    Long.class, message.getIdentifier());
            if (!eigen.isEmpty()) {
                return eigen.get(0);
            }
        }
        return globalPosition(message);
    }

    /** Clears the history before a replay. */
    @ResetHandler
    public void reset() {
        jdbc.update("delete from qs_gebeurtenis");
    }
}
