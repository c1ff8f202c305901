package nl.opgaveengine.query.verantwoording;

import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.FaseStartedEvent;
import nl.opgaveengine.api.opgave.GateDecidedEvent;
import nl.opgaveengine.api.opgave.GatePlannedEvent;
import nl.opgaveengine.api.opgave.IntakeRecordedEvent;
import nl.opgaveengine.api.opgave.OpgaveClosedEvent;
import nl.opgaveengine.api.opgave.OpgaveRegisteredEvent;
import nl.opgaveengine.api.opgave.RolAssignedEvent;
import nl.opgaveengine.api.opgave.RolEndedEvent;
import nl.opgaveengine.api.opgave.WerkwijzeChosenEvent;
import nl.opgaveengine.api.pc.VoortgangsrapportageSubmittedEvent;
import nl.opgaveengine.query.opgave.BesluitSoort;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import nl.opgaveengine.query.support.ProjectieJdbc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

import static nl.opgaveengine.query.support.EventDetails.actor;
import static nl.opgaveengine.query.support.EventDetails.at;
import static nl.opgaveengine.query.support.EventDetails.reason;
import static nl.opgaveengine.query.support.EventDetails.role;
import static nl.opgaveengine.query.support.EventDetails.sequenceNumber;
import static nl.opgaveengine.query.support.Timestamps.toDb;

/**
 * Projects decisions, deviations and mandates for accountability. Rows are keyed by event id, so redelivery changes
 * nothing; a redo's justification is the rationale of the OVERDOEN decision that caused it.
 */
@Component
@ProcessingGroup(VerantwoordingProjection.PROCESSING_GROUP)
public class VerantwoordingProjection {

    public static final String PROCESSING_GROUP = "verantwoording";
    static final String OVERDOEN = "OVERDOEN";

    private final JdbcTemplate jdbc;

    public VerantwoordingProjection(JdbcTemplate jdbc) {
        this.jdbc = new ProjectieJdbc(jdbc);
    }

    @EventHandler
    public void on(OpgaveRegisteredEvent event, EventMessage<?> message) {
        jdbc.update("insert into qs_vw_opgave (opgave_id, titel, geregistreerd_op) values (?, ?, ?) on conflict do nothing",
                event.opgaveId(), event.titel(), toDb(at(event.attribution(), message)));
    }

    @EventHandler
    public void on(IntakeRecordedEvent event, EventMessage<?> message) {
        besluit(event.opgaveId(), event.attribution(), message, BesluitSoort.INTAKE, "intake",
                event.advies() == null || event.advies().werkwijze() == null ? null : event.advies().werkwijze().name(),
                null, null);
    }

    @EventHandler
    public void on(WerkwijzeChosenEvent event, EventMessage<?> message) {
        String gekozen = event.werkwijze() == null ? null : event.werkwijze().name();
        besluit(event.opgaveId(), event.attribution(), message, BesluitSoort.WERKWIJZE_GEKOZEN, "werkwijze", gekozen,
                null, event.afwijkendVanAdvies() ? AfwijkingSoort.AFWIJKEND_VAN_ADVIES : null);
        if (event.afwijkendVanAdvies()) {
            afwijking(event.opgaveId(), event.attribution(), message, AfwijkingSoort.AFWIJKEND_VAN_ADVIES, "werkwijze",
                    "Werkwijze " + gekozen + " gekozen tegen het advies "
                            + (event.geadviseerd() == null ? "?" : event.geadviseerd().name()) + " in",
                    reason(event.attribution()));
        }
    }

    @EventHandler
    public void on(RolAssignedEvent event, EventMessage<?> message) {
        Attribution who = event.attribution();
        String rol = event.rol() == null ? null : event.rol().name();
        jdbc.update("""
                insert into qs_vw_mandaat (event_id, opgave_id, volgnummer, rol, persoon, van,
                                           toegewezen_door, toegewezen_in_rol, toegewezen_reden)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""",
                message.getIdentifier(), event.opgaveId(), sequenceNumber(message), rol, event.persoon(),
                toDb(at(who, message)), actor(who), role(who), reason(who));
        besluit(event.opgaveId(), who, message, BesluitSoort.ROL_TOEGEWEZEN, rol, event.persoon(), null, null);
    }

    @EventHandler
    public void on(RolEndedEvent event, EventMessage<?> message) {
        Attribution who = event.attribution();
        String rol = event.rol() == null ? null : event.rol().name();
        Integer done = jdbc.queryForObject("select count(*) from qs_vw_mandaat where beeindigd_event_id = ?",
                Integer.class, message.getIdentifier());
        if (done == null || done == 0) {
            List<String> open = jdbc.queryForList("""
                    select event_id from qs_vw_mandaat where opgave_id = ? and rol = ? and persoon = ? and tot is null
                    order by van, volgnummer, event_id""", String.class, event.opgaveId(), rol, event.persoon());
            if (!open.isEmpty()) {
                jdbc.update("""
                        update qs_vw_mandaat set tot = ?, beeindigd_event_id = ?, beeindigd_door = ?, beeindigd_in_rol = ?,
                               beeindigd_reden = ? where event_id = ?""",
                        toDb(at(who, message)), message.getIdentifier(), actor(who), role(who), reason(who), open.get(0));
            }
        }
        besluit(event.opgaveId(), who, message, BesluitSoort.ROL_BEEINDIGD, rol, event.persoon(), null, null);
    }

    @EventHandler
    public void on(GateDecidedEvent event, EventMessage<?> message) {
        boolean redo = OVERDOEN.equalsIgnoreCase(event.uitkomst());
        besluit(event.opgaveId(), event.attribution(), message, BesluitSoort.GATE_BESLOTEN,
                event.gateNaam() == null ? event.gateId() : event.gateNaam(), event.uitkomst(), event,
                redo ? AfwijkingSoort.OVERDOEN : event.teLaat() ? AfwijkingSoort.GATE_TE_LAAT : null);
        if (redo) {
            afwijking(event.opgaveId(), event.attribution(), message, AfwijkingSoort.OVERDOEN, event.gateId(),
                    "Gate " + event.gateId() + " besloot de fase " + event.fase() + " over te doen",
                    reason(event.attribution()));
        }
        if (event.teLaat()) {
            long dagen = java.time.Duration.between(event.uiterlijkOp(), event.attribution().at()).toDays();
            afwijking(event.opgaveId(), event.attribution(), message, AfwijkingSoort.GATE_TE_LAAT, event.gateId(),
                    "Gate " + event.gateId() + " besloten op " + event.attribution().at() + ", uiterlijk "
                            + event.uiterlijkOp() + (dagen > 0 ? " (" + dagen + " dagen te laat)" : ""),
                    reason(event.attribution()));
        }
    }

    /** A process owner moved the opgave to another version of its model: a decision with who, role and why. */
    @EventHandler
    public void on(nl.opgaveengine.api.opgave.ProcessMigratedEvent event, EventMessage<?> message) {
        besluit(event.opgaveId(), event.attribution(), message, BesluitSoort.PROCES_GEMIGREERD, event.bpmnProcessId(),
                "versie " + event.vanVersie() + " → " + event.naarVersie(), null, null);
    }

    @EventHandler
    public void on(GatePlannedEvent event, EventMessage<?> message) {
        besluit(event.opgaveId(), event.attribution(), message, BesluitSoort.GATE_GEPLAND,
                event.gateNaam() == null ? event.gateId() : event.gateNaam(), event.uiterlijkOp().toString(), null,
                event.vorigeUiterlijkOp() == null ? null : AfwijkingSoort.GATE_VERZET);
        if (event.vorigeUiterlijkOp() != null) {
            afwijking(event.opgaveId(), event.attribution(), message, AfwijkingSoort.GATE_VERZET, event.gateId(),
                    "Gate " + event.gateId() + " verzet van " + event.vorigeUiterlijkOp() + " naar "
                            + event.uiterlijkOp(), reason(event.attribution()));
        }
    }

    @EventHandler
    public void on(FaseStartedEvent event, EventMessage<?> message) {
        if (event.herhaling() <= 0) {
            return;
        }
        Attribution who = event.attribution();
        String omschrijving = "Fase " + (event.faseNaam() == null ? event.fase() : event.faseNaam()) + " loopt voor de "
                + (event.herhaling() + 1) + "e keer";
        Overdoen overdoen = overdoen();
        if (overdoen != null) {
            // a rebuild: the same choice as the statement below, from the redo decisions it has handled
            afwijking(event.opgaveId(), who, message, AfwijkingSoort.FASE_HERHAALD, event.fase(), omschrijving,
                    overdoen.reden(event.opgaveId(), at(who, message), reason(who)));
            return;
        }
        // the justification is the reason of the latest redo decision of this opgave up to now (else the event's own),
        // looked up in the same statement
        jdbc.update("""
                insert into qs_vw_afwijking (event_id, opgave_id, volgnummer, soort, onderwerp, omschrijving, actor, rol,
                                             tijdstip, verantwoording)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?,
                        case when exists (select 1 from qs_vw_besluit b
                                          where b.opgave_id = ? and b.afwijking = ? and b.tijdstip <= ?)
                             then (select b.reden from qs_vw_besluit b
                                   where b.opgave_id = ? and b.afwijking = ? and b.tijdstip <= ?
                                   order by b.tijdstip desc, b.volgnummer desc fetch first 1 rows only)
                             else ? end)
                on conflict do nothing""",
                message.getIdentifier(), event.opgaveId(), sequenceNumber(message), AfwijkingSoort.FASE_HERHAALD.name(),
                event.fase(), omschrijving, actor(who), role(who), toDb(at(who, message)),
                event.opgaveId(), AfwijkingSoort.OVERDOEN.name(), toDb(at(who, message)),
                event.opgaveId(), AfwijkingSoort.OVERDOEN.name(), toDb(at(who, message)),
                reason(who));
    }

    @EventHandler
    public void on(OpgaveClosedEvent event, EventMessage<?> message) {
        besluit(event.opgaveId(), event.attribution(), message, BesluitSoort.OPGAVE_AFGESLOTEN, "opgave",
                event.resultaat() == null ? null : event.resultaat().name(), null, null);
    }

    @EventHandler
    public void on(VoortgangsrapportageSubmittedEvent event, EventMessage<?> message) {
        if (event.naDeadline()) {
            afwijking(event.opgaveId(), event.attribution(), message, AfwijkingSoort.RAPPORTAGE_NA_DEADLINE,
                    event.momentId(), "Voortgangsrapportage " + event.momentId() + " (versie " + event.versie()
                            + ") na de deadline " + event.deadline() + " ingediend", reason(event.attribution()));
        }
    }

    /** Clears the view before a replay. */
    @ResetHandler
    public void reset() {
        jdbc.update("delete from qs_vw_afwijking");
        jdbc.update("delete from qs_vw_besluit");
        jdbc.update("delete from qs_vw_mandaat");
        jdbc.update("delete from qs_vw_opgave");
    }

    private void besluit(String opgaveId, Attribution who, EventMessage<?> message, BesluitSoort soort, String onderwerp,
                         String uitkomst, GateDecidedEvent gate, AfwijkingSoort afwijking) {
        Overdoen overdoen = afwijking == AfwijkingSoort.OVERDOEN ? overdoen() : null;
        if (overdoen != null) {
            overdoen.besloten(opgaveId, at(who, message), sequenceNumber(message), reason(who));
        }
        jdbc.update("""
                insert into qs_vw_besluit (event_id, opgave_id, volgnummer, soort, onderwerp, uitkomst, actor, rol, tijdstip,
                                           reden, document_id, document_naam, document_versie, document_hash, afwijking)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""",
                message.getIdentifier(), opgaveId, sequenceNumber(message), soort.name(), onderwerp, uitkomst,
                actor(who), role(who), toDb(at(who, message)), reason(who),
                gate == null ? null : gate.documentId(), gate == null ? null : gate.documentNaam(),
                gate == null ? null : gate.documentVersie(), gate == null ? null : gate.documentHash(),
                afwijking == null ? null : afwijking.name());
    }

    /** During a rebuild, the redo decisions it has handled so far; {@code null} in live processing. */
    private static Overdoen overdoen() {
        ProjectieJdbc.Herbouwgeheugen geheugen = ProjectieJdbc.herbouwgeheugen();
        return geheugen == null ? null : geheugen.vanProjectie(PROCESSING_GROUP + ".overdoen", Overdoen::new);
    }

    /**
     * The rows of {@code qs_vw_besluit} with {@code afwijking = OVERDOEN} that a phase repetition's justification is
     * chosen from, per opgave: a rebuild keeps them here instead of one sub-select per repetition (some 200,000 at
     * 1M events, and each one kept the inserts of both tables from being sent in large batches). Times compare as
     * the database stores them, in whole microseconds; the latest by time, then by sequence number, wins.
     */
    static final class Overdoen {
        private record Besluit(long micros, long volgnummer, String reden) {
        }

        private final java.util.Map<String, List<Besluit>> perOpgave = new java.util.HashMap<>();

        void besloten(String opgaveId, java.time.Instant at, Long volgnummer, String reden) {
            perOpgave.computeIfAbsent(opgaveId, o -> new java.util.ArrayList<>())
                    .add(new Besluit(micros(at), volgnummer == null ? Long.MAX_VALUE : volgnummer, reden));
        }

        /** The reason of the latest redo decision at or before this moment, else the one given. */
        String reden(String opgaveId, java.time.Instant at, String anders) {
            long tot = micros(at);
            Besluit laatste = null;
            for (Besluit besluit : perOpgave.getOrDefault(opgaveId, List.of())) {
                if (besluit.micros <= tot && (laatste == null || besluit.micros > laatste.micros
                        || besluit.micros == laatste.micros && besluit.volgnummer > laatste.volgnummer)) {
                    laatste = besluit;
                }
            }
            return laatste == null ? anders : laatste.reden;
        }

        private static long micros(java.time.Instant at) {
            return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), (at.getNano() + 500) / 1_000);
        }
    }

    private void afwijking(String opgaveId, Attribution who, EventMessage<?> message, AfwijkingSoort soort,
                           String onderwerp, String omschrijving, String verantwoording) {
        jdbc.update("""
                insert into qs_vw_afwijking (event_id, opgave_id, volgnummer, soort, onderwerp, omschrijving, actor, rol,
                                             tijdstip, verantwoording)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""",
                message.getIdentifier(), opgaveId, sequenceNumber(message), soort.name(), onderwerp, omschrijving,
                actor(who), role(who), toDb(at(who, message)), verantwoording);
    }
}
