package nl.opgaveengine.query.din;

import nl.opgaveengine.api.din.DoelAddedEvent;
import nl.opgaveengine.api.din.DoelMovedEvent;
import nl.opgaveengine.api.din.DoelRemovedEvent;
import nl.opgaveengine.api.din.InspanningAddedEvent;
import nl.opgaveengine.api.din.InspanningLinkedEvent;
import nl.opgaveengine.api.din.InspanningOpgaveLinkedEvent;
import nl.opgaveengine.api.din.InspanningUnlinkedEvent;
import nl.opgaveengine.api.din.VoortgangRecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import nl.opgaveengine.query.support.ProjectieJdbc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the DIN view: one row per goal and effort, and the links between them. Replayable. */
@Component
@ProcessingGroup(DinProjection.PROCESSING_GROUP)
public class DinProjection {

    public static final String PROCESSING_GROUP = "din";

    private final JdbcTemplate jdbc;

    public DinProjection(JdbcTemplate jdbc) {
        this.jdbc = new ProjectieJdbc(jdbc);
    }

    @EventHandler
    public void on(DoelAddedEvent event, @SequenceNumber long sequence) {
        jdbc.update("""
                insert into qs_din_doel (doel_id, opgave_id, naam, bovenliggend_doel_id, volgorde)
                values (?, ?, ?, ?, ?) on conflict do nothing""",
                event.doelId(), event.opgaveId(), event.naam(), event.bovenliggendDoelId(), sequence);
    }

    @EventHandler
    public void on(DoelMovedEvent event) {
        jdbc.update("update qs_din_doel set bovenliggend_doel_id = ? where doel_id = ?", event.bovenliggendDoelId(),
                event.doelId());
    }

    @EventHandler
    public void on(DoelRemovedEvent event) {
        jdbc.update("delete from qs_din_koppeling where doel_id = ?", event.doelId());
        jdbc.update("delete from qs_din_doel where doel_id = ?", event.doelId());
    }

    @EventHandler
    public void on(InspanningAddedEvent event, @SequenceNumber long sequence) {
        jdbc.update("""
                insert into qs_din_inspanning (inspanning_id, opgave_id, naam, voortgang, volgorde)
                values (?, ?, ?, 0, ?) on conflict do nothing""",
                event.inspanningId(), event.opgaveId(), event.naam(), sequence);
        for (String doelId : event.doelIds()) {
            link(event.inspanningId(), doelId);
        }
    }

    @EventHandler
    public void on(InspanningLinkedEvent event) {
        link(event.inspanningId(), event.doelId());
    }

    @EventHandler
    public void on(InspanningUnlinkedEvent event) {
        jdbc.update("delete from qs_din_koppeling where inspanning_id = ? and doel_id = ?", event.inspanningId(),
                event.doelId());
    }

    @EventHandler
    public void on(InspanningOpgaveLinkedEvent event) {
        jdbc.update("update qs_din_inspanning set subopgave_id = ? where inspanning_id = ?", event.subopgaveId(),
                event.inspanningId());
    }

    @EventHandler
    public void on(VoortgangRecordedEvent event) {
        jdbc.update("update qs_din_inspanning set voortgang = ? where inspanning_id = ?", event.voortgang(),
                event.inspanningId());
    }

    private void link(String inspanningId, String doelId) {
        jdbc.update("insert into qs_din_koppeling (inspanning_id, doel_id) values (?, ?) on conflict do nothing",
                inspanningId, doelId);
    }

    /** Clears the view before a replay. */
    @ResetHandler
    public void reset() {
        jdbc.update("delete from qs_din_koppeling");
        jdbc.update("delete from qs_din_inspanning");
        jdbc.update("delete from qs_din_doel");
    }
}
