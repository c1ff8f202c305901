package nl.opgaveengine.query.opgave;

import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.DocumentAttachedEvent;
import nl.opgaveengine.api.opgave.FaseStartedEvent;
import nl.opgaveengine.api.opgave.GateDecidedEvent;
import nl.opgaveengine.api.opgave.GateOpenedEvent;
import nl.opgaveengine.api.opgave.GatePlannedEvent;
import nl.opgaveengine.api.opgave.IntakeRecordedEvent;
import nl.opgaveengine.api.opgave.OpgaveClosedEvent;
import nl.opgaveengine.api.opgave.OpgaveRegisteredEvent;
import nl.opgaveengine.api.opgave.OpgaveStatus;
import nl.opgaveengine.api.opgave.ProcessLinkedEvent;
import nl.opgaveengine.api.opgave.ProcessMigratedEvent;
import nl.opgaveengine.api.opgave.RolAssignedEvent;
import nl.opgaveengine.api.opgave.RolEndedEvent;
import nl.opgaveengine.api.opgave.Voorscheider;
import nl.opgaveengine.api.opgave.WerkwijzeChosenEvent;
import nl.opgaveengine.query.support.JsonText;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import nl.opgaveengine.query.support.ProjectieJdbc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

import static nl.opgaveengine.query.support.EventDetails.actor;
import static nl.opgaveengine.query.support.EventDetails.at;
import static nl.opgaveengine.query.support.EventDetails.reason;
import static nl.opgaveengine.query.support.EventDetails.role;
import static nl.opgaveengine.query.support.EventDetails.sequenceNumber;
import static nl.opgaveengine.query.support.Timestamps.toDb;

/**
 * Projects the opgave events into the detail view; replayable, and idempotent because rows are keyed by event id
 * and updates set values rather than add to them.
 */
@Component
@ProcessingGroup(OpgaveDetailProjection.PROCESSING_GROUP)
public class OpgaveDetailProjection {

    public static final String PROCESSING_GROUP = "opgave-detail";

    private final JdbcTemplate jdbc;

    public OpgaveDetailProjection(JdbcTemplate jdbc) {
        this.jdbc = new ProjectieJdbc(jdbc).rijenInGeheugen("qs_opgave_detail", "opgave_id");
    }

    @EventHandler
    public void on(OpgaveRegisteredEvent event, EventMessage<?> message) {
        Instant at = at(event.attribution(), message);
        jdbc.update("""
                insert into qs_opgave_detail (opgave_id, titel, omschrijving, thema, gebied, initiatiefnemer, status,
                                              geregistreerd_op, bijgewerkt_op)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""",
                event.opgaveId(), event.titel(), event.omschrijving(), event.thema(), event.gebied(),
                event.initiatiefnemer(), OpgaveStatus.GEREGISTREERD.name(), toDb(at), toDb(at));
    }

    @EventHandler
    public void on(IntakeRecordedEvent event, EventMessage<?> message) {
        Voorscheider.Antwoorden antwoorden = event.antwoorden();
        Voorscheider.Advies advies = event.advies();
        jdbc.update("""
                update qs_opgave_detail set status = ?,
                       intake_idee = ?, intake_netwerk = ?, intake_besluitvorming = ?,
                       intake_voorspelbaarheid_pad = ?, intake_tastbaarheid_uitkomst = ?, intake_tijdsdruk = ?,
                       advies_procestype = ?, advies_verplichting = ?, advies_complexiteit = ?, advies_werkwijze = ?,
                       advies_toelichting = ?, bijgewerkt_op = greatest(bijgewerkt_op, ?)
                where opgave_id = ?""",
                OpgaveStatus.INTAKE_GEDAAN.name(),
                antwoorden == null ? null : name(antwoorden.idee()),
                antwoorden == null ? null : name(antwoorden.netwerk()),
                antwoorden == null ? null : name(antwoorden.besluitvorming()),
                antwoorden == null ? null : antwoorden.voorspelbaarheidPad(),
                antwoorden == null ? null : antwoorden.tastbaarheidUitkomst(),
                antwoorden == null ? null : antwoorden.tijdsdruk(),
                advies == null ? null : name(advies.procestype()),
                advies == null ? null : name(advies.verplichting()),
                advies == null ? null : name(advies.complexiteit()),
                advies == null ? null : name(advies.werkwijze()),
                advies == null ? null : JsonText.write(advies.toelichting() == null ? List.of() : advies.toelichting()),
                toDb(at(event.attribution(), message)), event.opgaveId());
        besluit(event.opgaveId(), event.attribution(), message, BesluitSoort.INTAKE, "intake",
                advies == null ? null : name(advies.werkwijze()), null, null, null, null);
    }

    @EventHandler
    public void on(WerkwijzeChosenEvent event, EventMessage<?> message) {
        jdbc.update("""
                update qs_opgave_detail set status = ?, werkwijze = ?, werkwijze_geadviseerd = ?, werkwijze_afwijkend = ?,
                       bijgewerkt_op = greatest(bijgewerkt_op, ?)
                where opgave_id = ?""",
                OpgaveStatus.LOPEND.name(), name(event.werkwijze()), name(event.geadviseerd()),
                event.afwijkendVanAdvies(), toDb(at(event.attribution(), message)), event.opgaveId());
        besluit(event.opgaveId(), event.attribution(), message, BesluitSoort.WERKWIJZE_GEKOZEN, "werkwijze",
                name(event.werkwijze()), null, null, null, null);
    }

    @EventHandler
    public void on(RolAssignedEvent event, EventMessage<?> message) {
        Attribution who = event.attribution();
        jdbc.update("""
                insert into qs_opgave_rol (event_id, opgave_id, rol, persoon, volgnummer, van,
                                           toegewezen_door, toegewezen_in_rol, toegewezen_reden)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""",
                message.getIdentifier(), event.opgaveId(), name(event.rol()), event.persoon(), sequenceNumber(message),
                toDb(at(who, message)), actor(who), role(who), reason(who));
        touch(event.opgaveId(), who, message);
        besluit(event.opgaveId(), who, message, BesluitSoort.ROL_TOEGEWEZEN, name(event.rol()), event.persoon(),
                null, null, null, null);
    }

    @EventHandler
    public void on(RolEndedEvent event, EventMessage<?> message) {
        Attribution who = event.attribution();
        Integer alreadyEnded = jdbc.queryForObject(
                "select count(*) from qs_opgave_rol where beeindigd_event_id = ?", Integer.class, message.getIdentifier());
        if (alreadyEnded == null || alreadyEnded == 0) {
            List<String> open = jdbc.queryForList("""
                    select event_id from qs_opgave_rol
                    where opgave_id = ? and rol = ? and persoon = ? and tot is null
                    order by van, volgnummer, event_id""",
                    String.class, event.opgaveId(), name(event.rol()), event.persoon());
            if (!open.isEmpty()) {
                jdbc.update("""
                        update qs_opgave_rol set tot = ?, beeindigd_event_id = ?, beeindigd_door = ?, beeindigd_in_rol = ?,
                               beeindigd_reden = ?
                        where event_id = ?""",
                        toDb(at(who, message)), message.getIdentifier(), actor(who), role(who), reason(who), open.get(0));
            }
        }
        touch(event.opgaveId(), who, message);
        besluit(event.opgaveId(), who, message, BesluitSoort.ROL_BEEINDIGD, name(event.rol()), event.persoon(),
                null, null, null, null);
    }

    @EventHandler
    public void on(DocumentAttachedEvent event, EventMessage<?> message) {
        Attribution who = event.attribution();
        jdbc.update("""
                insert into qs_opgave_document (event_id, opgave_id, volgnummer, document_id, naam, versie, content_hash,
                                                referentie, toegevoegd_op, toegevoegd_door, toegevoegd_in_rol, reden)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""",
                message.getIdentifier(), event.opgaveId(), sequenceNumber(message), event.documentId(), event.naam(),
                event.versie(), event.contentHash(), event.referentie(), toDb(at(who, message)),
                actor(who), role(who), reason(who));
        touch(event.opgaveId(), who, message);
    }

    @EventHandler
    public void on(ProcessLinkedEvent event, EventMessage<?> message) {
        jdbc.update("""
                update qs_opgave_detail set bpmn_process_id = ?, process_versie = ?, process_definition_key = ?,
                       process_instance_key = ?, bijgewerkt_op = greatest(bijgewerkt_op, ?)
                where opgave_id = ?""",
                event.bpmnProcessId(), event.versie(), event.processDefinitionKey(), event.processInstanceKey(),
                toDb(at(event.attribution(), message)), event.opgaveId());
    }

    @EventHandler
    public void on(ProcessMigratedEvent event, EventMessage<?> message) {
        jdbc.update("""
                update qs_opgave_detail set process_versie = ?, process_definition_key = ?,
                       bijgewerkt_op = greatest(bijgewerkt_op, ?)
                where opgave_id = ? and process_instance_key = ?""",
                event.naarVersie(), event.processDefinitionKey(), toDb(at(event.attribution(), message)),
                event.opgaveId(), event.processInstanceKey());
        besluit(event.opgaveId(), event.attribution(), message, BesluitSoort.PROCES_GEMIGREERD,
                event.bpmnProcessId(), "versie " + event.vanVersie() + " → " + event.naarVersie(), null, null, null,
                null);
    }

    @EventHandler
    public void on(FaseStartedEvent event, EventMessage<?> message) {
        jdbc.update("""
                update qs_opgave_detail set fase_id = ?, fase_naam = ?, fase_herhaling = ?,
                       bijgewerkt_op = greatest(bijgewerkt_op, ?)
                where opgave_id = ?""",
                event.fase(), event.faseNaam(), event.herhaling(), toDb(at(event.attribution(), message)),
                event.opgaveId());
    }

    @EventHandler
    public void on(GateOpenedEvent event, EventMessage<?> message) {
        Instant at = at(event.attribution(), message);
        jdbc.update("""
                update qs_opgave_detail set gate_id = ?, gate_naam = ?, gate_fase = ?, gate_vereist_document = ?,
                       gate_beslisser = ?, gate_uitkomsten = ?, gate_geopend_op = ?, gate_uiterlijk_op = ?,
                       bijgewerkt_op = greatest(bijgewerkt_op, ?)
                where opgave_id = ?""",
                event.gateId(), event.gateNaam(), event.fase(), event.vereistDocument(), name(event.beslisser()),
                JsonText.write(event.uitkomsten() == null ? List.of() : event.uitkomsten()), toDb(at),
                toDb(event.uiterlijkOp()), toDb(at), event.opgaveId());
    }

    @EventHandler
    public void on(GatePlannedEvent event, EventMessage<?> message) {
        jdbc.update("""
                update qs_opgave_detail set gate_uiterlijk_op = ?, bijgewerkt_op = greatest(bijgewerkt_op, ?)
                where opgave_id = ? and gate_id = ?""",
                toDb(event.uiterlijkOp()), toDb(at(event.attribution(), message)), event.opgaveId(), event.gateId());
        besluit(event.opgaveId(), event.attribution(), message, BesluitSoort.GATE_GEPLAND, event.gateNaam(),
                event.uiterlijkOp().toString(), null, null, null, null);
    }

    @EventHandler
    public void on(GateDecidedEvent event, EventMessage<?> message) {
        // only the gate that was decided closes: a duplicate of an older decision must not close a newer gate
        jdbc.update("""
                update qs_opgave_detail set gate_id = null, gate_naam = null, gate_fase = null, gate_vereist_document = null,
                       gate_beslisser = null, gate_uitkomsten = null, gate_geopend_op = null, gate_uiterlijk_op = null,
                       bijgewerkt_op = greatest(bijgewerkt_op, ?)
                where opgave_id = ? and gate_id = ?""",
                toDb(at(event.attribution(), message)), event.opgaveId(), event.gateId());
        touch(event.opgaveId(), event.attribution(), message);
        besluit(event.opgaveId(), event.attribution(), message, BesluitSoort.GATE_BESLOTEN, event.gateNaam(),
                event.uitkomst(), event.documentId(), event.documentNaam(), event.documentVersie(), event.documentHash());
    }

    @EventHandler
    public void on(OpgaveClosedEvent event, EventMessage<?> message) {
        jdbc.update("""
                update qs_opgave_detail set status = ?, gate_id = null, gate_naam = null, gate_fase = null,
                       gate_vereist_document = null, gate_beslisser = null, gate_uitkomsten = null, gate_geopend_op = null, gate_uiterlijk_op = null,
                       bijgewerkt_op = greatest(bijgewerkt_op, ?)
                where opgave_id = ?""",
                name(event.resultaat()), toDb(at(event.attribution(), message)), event.opgaveId());
        besluit(event.opgaveId(), event.attribution(), message, BesluitSoort.OPGAVE_AFGESLOTEN, "opgave",
                name(event.resultaat()), null, null, null, null);
    }

    /** Clears the view before a replay. */
    @ResetHandler
    public void reset() {
        jdbc.update("delete from qs_opgave_besluit");
        jdbc.update("delete from qs_opgave_document");
        jdbc.update("delete from qs_opgave_rol");
        jdbc.update("delete from qs_opgave_detail");
    }

    private void touch(String opgaveId, Attribution who, EventMessage<?> message) {
        jdbc.update("update qs_opgave_detail set bijgewerkt_op = greatest(bijgewerkt_op, ?) where opgave_id = ?",
                toDb(at(who, message)), opgaveId);
    }

    private void besluit(String opgaveId, Attribution who, EventMessage<?> message, BesluitSoort soort,
                         String onderwerp, String uitkomst, String documentId, String documentNaam,
                         String documentVersie, String documentHash) {
        jdbc.update("""
                insert into qs_opgave_besluit (event_id, opgave_id, volgnummer, soort, onderwerp, uitkomst, actor, in_rol,
                                               tijdstip, reden, document_id, document_naam, document_versie, document_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""",
                message.getIdentifier(), opgaveId, sequenceNumber(message), soort.name(), onderwerp, uitkomst,
                actor(who), role(who), toDb(at(who, message)), reason(who), documentId, documentNaam,
                documentVersie, documentHash);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
