package nl.opgaveengine.query;

import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.DocumentAttachedEvent;
import nl.opgaveengine.api.opgave.FaseStartedEvent;
import nl.opgaveengine.api.opgave.GateDecidedEvent;
import nl.opgaveengine.api.opgave.GateOpenedEvent;
import nl.opgaveengine.api.opgave.IntakeRecordedEvent;
import nl.opgaveengine.api.opgave.OpgaveClosedEvent;
import nl.opgaveengine.api.opgave.OpgaveEvent;
import nl.opgaveengine.api.opgave.OpgaveRegisteredEvent;
import nl.opgaveengine.api.opgave.OpgaveStatus;
import nl.opgaveengine.api.opgave.ProcessLinkedEvent;
import nl.opgaveengine.api.opgave.Rol;
import nl.opgaveengine.api.opgave.RolAssignedEvent;
import nl.opgaveengine.api.opgave.RolEndedEvent;
import nl.opgaveengine.api.opgave.Voorscheider;
import nl.opgaveengine.api.opgave.Werkwijze;
import nl.opgaveengine.api.opgave.WerkwijzeChosenEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds the event stream of one opgave, as the Opgave aggregate would publish it, for tests. */
public final class OpgaveHistory {

    public static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");

    private final String opgaveId;
    private final List<DomainEventMessage<?>> messages = new ArrayList<>();
    private Instant clock = T0;

    private OpgaveHistory(String opgaveId) {
        this.opgaveId = opgaveId;
    }

    public static OpgaveHistory of(String opgaveId) {
        return new OpgaveHistory(opgaveId);
    }

    public static String newOpgaveId() {
        return "opg-" + UUID.randomUUID();
    }

    public String opgaveId() {
        return opgaveId;
    }

    public List<DomainEventMessage<?>> messages() {
        return List.copyOf(messages);
    }

    /** The last message added. */
    public DomainEventMessage<?> last() {
        return messages.get(messages.size() - 1);
    }

    public OpgaveHistory add(OpgaveEvent event) {
        messages.add(new GenericDomainEventMessage<>("Opgave", opgaveId, messages.size(), event,
                MetaData.with("correlationId", "corr-" + messages.size())));
        return this;
    }

    public Attribution by(String actor, String role, String reason) {
        clock = clock.plusSeconds(3600);
        return new Attribution(actor, role, clock, reason);
    }

    public OpgaveHistory registered(String titel, String thema, String gebied) {
        return add(new OpgaveRegisteredEvent(opgaveId, titel, "Omschrijving van " + titel, thema, gebied,
                "wethouder Jansen", by("anna", "PROJECTBUREAU", "Signaal uit de wijk")));
    }

    public OpgaveHistory intakeRecorded() {
        return add(new IntakeRecordedEvent(opgaveId,
                new Voorscheider.Antwoorden(Voorscheider.Idee.ONBEKEND, Voorscheider.Netwerk.ONVOORSPELBAAR,
                        Voorscheider.Besluitvorming.ONGERICHT, 2, 2, false),
                new Voorscheider.Advies(Voorscheider.Procestype.ZOEKPROCES,
                        Voorscheider.Verplichting.INSPANNINGSVERPLICHTING, Voorscheider.Complexiteit.COMPLEX,
                        Werkwijze.PROCESREGIE, List.of("Idee is onbekend", "Netwerk is onvoorspelbaar")),
                by("anna", "PROJECTBUREAU", "Intake met initiatiefnemer")));
    }

    public OpgaveHistory werkwijzeChosen(Werkwijze werkwijze) {
        return add(new WerkwijzeChosenEvent(opgaveId, werkwijze, Werkwijze.PROCESREGIE, werkwijze != Werkwijze.PROCESREGIE,
                by("bert", "PORTFOLIOMANAGER", "Bestuurlijke deadline vraagt een project")));
    }

    public OpgaveHistory rolAssigned(Rol rol, String persoon) {
        return add(new RolAssignedEvent(opgaveId, rol, persoon, by("bert", "PORTFOLIOMANAGER", "Benoemd als " + rol)));
    }

    public OpgaveHistory rolEnded(Rol rol, String persoon) {
        return add(new RolEndedEvent(opgaveId, rol, persoon, by("bert", "PORTFOLIOMANAGER", "Vertrekt naar andere opgave")));
    }

    public OpgaveHistory processLinked() {
        return add(new ProcessLinkedEvent(opgaveId, "opgave_project", 2, 2251799813685249L, 2251799813685300L,
                Attribution.byProcess("Werkwijze PROJECT", clock.plusSeconds(1))));
    }

    public OpgaveHistory faseStarted(String fase, String naam) {
        return add(new FaseStartedEvent(opgaveId, fase, naam, 0, Attribution.byProcess("Fase gestart", nextTick())));
    }

    public OpgaveHistory documentAttached(String naam, String versie, String hash) {
        return add(new DocumentAttachedEvent(opgaveId, "doc-" + naam.toLowerCase(), naam, versie, hash,
                "dms://" + naam + "/" + versie, by("piet", "STURINGSPROFESSIONAL", "Versie " + versie)));
    }

    public OpgaveHistory gateOpened(String gateId, String gateNaam, String fase, String document) {
        return add(new GateOpenedEvent(opgaveId, gateId, gateNaam, fase, document, Rol.BESTUURLIJK_OPDRACHTGEVER,
                List.of("GO", "NO_GO", "BIJSTELLEN"), Attribution.byProcess("Gate bereikt", nextTick())));
    }

    public OpgaveHistory gateDecided(String gateId, String gateNaam, String fase, String uitkomst, String document,
                                     String versie, String hash) {
        return add(new GateDecidedEvent(opgaveId, gateId, gateNaam, fase, uitkomst, "doc-" + document.toLowerCase(),
                document, versie, hash, by("wethouder Jansen", "BESTUURLIJK_OPDRACHTGEVER", "Startdocument is akkoord")));
    }

    public OpgaveHistory closed(OpgaveStatus resultaat) {
        return add(new OpgaveClosedEvent(opgaveId, resultaat, by("wethouder Jansen", "BESTUURLIJK_OPDRACHTGEVER", "Afgerond")));
    }

    /** A project that passed its first gate, changed its sturingsprofessional and waits at its second gate. */
    public static OpgaveHistory projectAtSecondGate(String opgaveId, String thema, String gebied) {
        return of(opgaveId)
                .registered("Klimaatadaptatie " + gebied, thema, gebied)
                .intakeRecorded()
                .werkwijzeChosen(Werkwijze.PROJECT)
                .rolAssigned(Rol.BESTUURLIJK_OPDRACHTGEVER, "wethouder Jansen")
                .rolAssigned(Rol.AMBTELIJK_OPDRACHTGEVER, "directeur De Vries")
                .rolAssigned(Rol.STURINGSPROFESSIONAL, "piet")
                .processLinked()
                .faseStarted("fase_initiatief", "Initiatief")
                .documentAttached("Startdocument", "1", "sha256:aaa")
                .documentAttached("Startdocument", "2", "sha256:bbb")
                .gateOpened("gate_initiatief", "Go/no-go initiatief", "fase_initiatief", "Startdocument")
                .gateDecided("gate_initiatief", "Go/no-go initiatief", "fase_initiatief", "GO", "Startdocument", "2", "sha256:bbb")
                .rolEnded(Rol.STURINGSPROFESSIONAL, "piet")
                .rolAssigned(Rol.STURINGSPROFESSIONAL, "klaas")
                .faseStarted("fase_definitie", "Definitie")
                .gateOpened("gate_definitie", "Go/no-go definitie", "fase_definitie", "Projectplan");
    }

    private Instant nextTick() {
        clock = clock.plusSeconds(60);
        return clock;
    }
}
