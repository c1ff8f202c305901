package nl.opgaveengine.query.initiatief;

import static nl.opgaveengine.query.support.EventDetails.actor;
import static nl.opgaveengine.query.support.EventDetails.at;
import static nl.opgaveengine.query.support.EventDetails.reason;
import static nl.opgaveengine.query.support.EventDetails.role;
import static nl.opgaveengine.query.support.Timestamps.toDb;

import nl.opgaveengine.api.initiatief.InitiatiefAssessedEvent;
import nl.opgaveengine.api.initiatief.InitiatiefConvertedEvent;
import nl.opgaveengine.api.initiatief.InitiatiefSubmittedEvent;
import nl.opgaveengine.api.initiatief.InitiatiefnemerAnsweredEvent;
import nl.opgaveengine.api.initiatief.KadersPublishedEvent;
import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.query.support.JsonText;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import nl.opgaveengine.query.support.ProjectieJdbc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Projects the frames and the initiatives with every decision on them; replayable and idempotent. */
@Component
@ProcessingGroup(InitiatievenProjection.PROCESSING_GROUP)
public class InitiatievenProjection {

    public static final String PROCESSING_GROUP = "initiatieven";

    private final JdbcTemplate jdbc;

    public InitiatievenProjection(JdbcTemplate jdbc) {
        this.jdbc = new ProjectieJdbc(jdbc);
    }

    @EventHandler
    public void on(KadersPublishedEvent event, EventMessage<?> message) {
        jdbc.update("""
                insert into qs_initiatiefkaders (versie, inhoud, actoren, procedures, ondersteuning, gepubliceerd_door,
                       gepubliceerd_op, reden) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                event.versie(), JsonText.write(event.inhoud()),
                JsonText.write(event.actoren().stream().map(Enum::name).toList()), JsonText.write(event.procedures()),
                JsonText.write(event.ondersteuning()), actor(event.attribution()), toDb(at(event.attribution(), message)),
                reason(event.attribution()));
    }

    @EventHandler
    public void on(InitiatiefSubmittedEvent event, EventMessage<?> message) {
        var at = toDb(at(event.attribution(), message));
        jdbc.update("""
                insert into qs_initiatief (initiatief_id, titel, omschrijving, thema, gebied, initiatiefnemer,
                       initiatiefnemer_soort, organisatie, gevraagde_ondersteuning, kaders_versie, status, ingediend_op,
                       bijgewerkt_op) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'INGEDIEND', ?, ?) on conflict do nothing""",
                event.initiatiefId(), event.titel(), event.omschrijving(), event.thema(), event.gebied(),
                event.initiatiefnemer(), event.initiatiefnemerSoort() == null ? null : event.initiatiefnemerSoort().name(),
                event.organisatie(), event.gevraagdeOndersteuning(), event.kadersVersie(), at, at);
        besluit(message, event.initiatiefId(), "INGEDIEND", null, null, event.attribution());
    }

    @EventHandler
    public void on(InitiatiefAssessedEvent event, EventMessage<?> message) {
        jdbc.update("""
                update qs_initiatief set status = ?, beoordeling = ?, strategie = ?, toetsingen = ?, kaders_versie = ?,
                       bijgewerkt_op = ? where initiatief_id = ?""",
                event.beoordeling().name(), event.beoordeling().name(),
                event.strategie() == null ? null : event.strategie().name(), JsonText.write(event.toetsingen()),
                event.kadersVersie(), toDb(at(event.attribution(), message)), event.initiatiefId());
        besluit(message, event.initiatiefId(), "BEOORDEELD", event.beoordeling().name(),
                event.strategie() == null ? null : "Strategie " + event.strategie().name(), event.attribution());
    }

    @EventHandler
    public void on(InitiatiefnemerAnsweredEvent event, EventMessage<?> message) {
        jdbc.update("update qs_initiatief set bijgewerkt_op = ? where initiatief_id = ?",
                toDb(at(event.attribution(), message)), event.initiatiefId());
        besluit(message, event.initiatiefId(), "BEANTWOORD", event.beoordeling() == null ? null
                : event.beoordeling().name(), event.antwoord(), event.attribution());
    }

    @EventHandler
    public void on(InitiatiefConvertedEvent event, EventMessage<?> message) {
        jdbc.update("update qs_initiatief set status = 'OPGAVE', opgave_id = ?, bijgewerkt_op = ? where initiatief_id = ?",
                event.opgaveId(), toDb(at(event.attribution(), message)), event.initiatiefId());
        besluit(message, event.initiatiefId(), "OMGEZET", "OPGAVE", event.opgaveId(),
                event.attribution());
    }

    private void besluit(EventMessage<?> message, String initiatiefId, String soort, String uitkomst, String tekst,
                         Attribution who) {
        jdbc.update("""
                insert into qs_initiatief_besluit (event_id, initiatief_id, soort, uitkomst, tekst, door, rol, op, reden)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                message.getIdentifier(), initiatiefId, soort, uitkomst, tekst, actor(who), role(who),
                toDb(at(who, message)), reason(who));
    }

    /** Clears the view before a replay. */
    @ResetHandler
    public void reset() {
        jdbc.update("delete from qs_initiatief_besluit");
        jdbc.update("delete from qs_initiatief");
        jdbc.update("delete from qs_initiatiefkaders");
    }
}
