package nl.opgaveengine.query.gebied;

import static nl.opgaveengine.query.support.EventDetails.at;
import static nl.opgaveengine.query.support.Timestamps.toDb;

import nl.opgaveengine.api.gebied.GebiedRegisteredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import nl.opgaveengine.query.support.ProjectieJdbc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Projects the municipality's list of areas; replayable and idempotent. */
@Component
@ProcessingGroup(GebiedenProjection.PROCESSING_GROUP)
public class GebiedenProjection {

    public static final String PROCESSING_GROUP = "gebieden";

    private final JdbcTemplate jdbc;

    public GebiedenProjection(JdbcTemplate jdbc) {
        this.jdbc = new ProjectieJdbc(jdbc);
    }

    @EventHandler
    public void on(GebiedRegisteredEvent event, EventMessage<?> message) {
        jdbc.update("""
                insert into qs_gebied (code, naam, soort, bovenliggend_gebied, geregistreerd_op)
                values (?, ?, ?, ?, ?) on conflict do nothing""",
                event.code(), event.naam(), event.soort().name(), event.bovenliggendGebied(),
                toDb(at(event.attribution(), message)));
    }

    /** Clears the view before a replay. */
    @ResetHandler
    public void reset() {
        jdbc.update("delete from qs_gebied");
    }
}
