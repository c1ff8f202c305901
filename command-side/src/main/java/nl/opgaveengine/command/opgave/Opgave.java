package nl.opgaveengine.command.opgave;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opgaveengine.api.opgave.AssignRolCommand;
import nl.opgaveengine.api.opgave.AttachDocumentCommand;
import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.ChooseWerkwijzeCommand;
import nl.opgaveengine.api.opgave.CloseOpgaveCommand;
import nl.opgaveengine.api.opgave.DecideGateCommand;
import nl.opgaveengine.api.opgave.DocumentAttachedEvent;
import nl.opgaveengine.api.opgave.EndRolCommand;
import nl.opgaveengine.api.opgave.FaseStartedEvent;
import nl.opgaveengine.api.opgave.GateDecidedEvent;
import nl.opgaveengine.api.opgave.GateOpenedEvent;
import nl.opgaveengine.api.opgave.IntakeRecordedEvent;
import nl.opgaveengine.api.opgave.LinkProcessCommand;
import nl.opgaveengine.api.opgave.OpenGateCommand;
import nl.opgaveengine.api.opgave.OpgaveClosedEvent;
import nl.opgaveengine.api.opgave.OpgaveRegisteredEvent;
import nl.opgaveengine.api.opgave.OpgaveStatus;
import nl.opgaveengine.api.opgave.ProcessLinkedEvent;
import nl.opgaveengine.api.opgave.RecordIntakeCommand;
import nl.opgaveengine.api.opgave.RegisterOpgaveCommand;
import nl.opgaveengine.api.opgave.Rol;
import nl.opgaveengine.api.opgave.RolAssignedEvent;
import nl.opgaveengine.api.opgave.RolEndedEvent;
import nl.opgaveengine.api.opgave.StartFaseCommand;
import nl.opgaveengine.api.opgave.Voorscheider;
import nl.opgaveengine.api.opgave.Werkwijze;
import nl.opgaveengine.api.opgave.WerkwijzeChosenEvent;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.DocumentNotFound;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.DocumentRequired;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.GateAlreadyDecided;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.GateNotOpen;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.IntakeNotDone;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.NoMandate;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.NoRolOnOpgave;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.OpgaveClosed;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.RationaleRequired;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.ReasonRequired;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.RolAlreadyHeld;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.RolNotHeld;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.UnknownOutcome;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.WerkwijzeAlreadyChosen;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An opgave: registered, taken in at intake, given a werkwijze and driven through the phases and
 * gates its process model names. Checks the rules, then applies the fact; the event-sourcing
 * handlers only assign state.
 */
@Aggregate
public class Opgave {

    @AggregateIdentifier
    private String opgaveId;
    private OpgaveStatus status;
    private Voorscheider.Advies advies;
    private Werkwijze werkwijze;
    private long processInstanceKey;
    private String fase;
    private final Map<String, Integer> faseHerhalingen = new HashMap<>();
    private GateOpenedEvent openGate;
    private LastDecision lastDecision;
    /** Current holders per role, in order of assignment. */
    private final Map<Rol, List<String>> rollen = new HashMap<>();
    /** Attached documents by id. */
    private final Map<String, DocumentAttachedEvent> documenten = new LinkedHashMap<>();

    protected Opgave() {
        // for Axon
    }

    @CommandHandler
    public Opgave(RegisterOpgaveCommand command) {
        apply(new OpgaveRegisteredEvent(command.opgaveId(), command.titel(), command.omschrijving(), command.thema(),
                command.gebied(), command.initiatiefnemer(), command.attribution()));
    }

    @CommandHandler
    public void handle(RecordIntakeCommand command) {
        requireOpen();
        if (werkwijze != null) {
            throw new WerkwijzeAlreadyChosen(werkwijze.name());
        }
        apply(new IntakeRecordedEvent(opgaveId, command.antwoorden(), IntakeAdvisor.advise(command.antwoorden()),
                command.attribution()));
    }

    @CommandHandler
    public void handle(ChooseWerkwijzeCommand command) {
        requireOpen();
        if (advies == null) {
            throw new IntakeNotDone(opgaveId);
        }
        if (werkwijze != null) {
            throw new WerkwijzeAlreadyChosen(werkwijze.name());
        }
        boolean afwijkend = command.werkwijze() != advies.werkwijze();
        if (afwijkend && !command.attribution().hasReason()) {
            throw new ReasonRequired("de gekozen werkwijze " + command.werkwijze() + " wijkt af van het advies "
                    + advies.werkwijze());
        }
        Attribution attribution = afwijkend || command.attribution().hasReason() ? command.attribution()
                : command.attribution().withReason("Conform het advies van de intake");
        apply(new WerkwijzeChosenEvent(opgaveId, command.werkwijze(), advies.werkwijze(), afwijkend, attribution));
    }

    @CommandHandler
    public void handle(AssignRolCommand command) {
        requireOpen();
        requireReason(command.attribution(), "het toekennen van de rol " + command.rol());
        List<String> holders = rollen.getOrDefault(command.rol(), List.of());
        if (holders.contains(command.persoon())) {
            throw new RolAlreadyHeld(command.rol().name(), command.persoon());
        }
        if (command.rol().inSturingsdriehoek() && !holders.isEmpty()) {
            throw new RolAlreadyHeld(command.rol().name(), holders.get(0));
        }
        apply(new RolAssignedEvent(opgaveId, command.rol(), command.persoon(), command.attribution()));
    }

    @CommandHandler
    public void handle(EndRolCommand command) {
        requireOpen();
        requireReason(command.attribution(), "het beëindigen van de rol " + command.rol());
        if (!rollen.getOrDefault(command.rol(), List.of()).contains(command.persoon())) {
            throw new RolNotHeld(command.rol().name(), command.persoon());
        }
        apply(new RolEndedEvent(opgaveId, command.rol(), command.persoon(), command.attribution()));
    }

    @CommandHandler
    public void handle(AttachDocumentCommand command) {
        requireOpen();
        String actor = command.attribution().actor();
        String role = rollen.entrySet().stream().filter(e -> e.getValue().contains(actor))
                .map(e -> e.getKey().name()).sorted().findFirst().orElse(command.attribution().role());
        if (role == null) {
            throw new NoRolOnOpgave(actor, "documenten toevoegen");
        }
        apply(new DocumentAttachedEvent(opgaveId, command.documentId(), command.naam(), command.versie(),
                command.contentHash(), command.referentie(), command.attribution().withRole(role)));
    }

    @CommandHandler
    public void handle(DecideGateCommand command) {
        requireOpen();
        String gateId = command.gateId() == null || command.gateId().isBlank()
                ? (openGate != null ? openGate.gateId() : "") : command.gateId();
        if (openGate == null || !openGate.gateId().equals(gateId)) {
            if (openGate == null && lastDecision != null && lastDecision.gateId().equals(gateId)) {
                throw new GateAlreadyDecided(gateId, lastDecision.uitkomst(), lastDecision.door());
            }
            throw new GateNotOpen(gateId, openGate == null ? null : openGate.gateId());
        }
        GateOpenedEvent gate = openGate;
        Rol beslisser = gate.beslisser();
        String actor = command.attribution().actor();
        if (!rollen.getOrDefault(beslisser, List.of()).contains(actor)) {
            throw new NoMandate(actor, gateId, beslisser.name());
        }
        if (!gate.uitkomsten().contains(command.uitkomst())) {
            throw new UnknownOutcome(command.uitkomst(), gate.uitkomsten());
        }
        if (!command.attribution().hasReason()) {
            throw new RationaleRequired(gateId);
        }
        DocumentAttachedEvent document = requiredDocument(gate, command.documentId());
        apply(new GateDecidedEvent(opgaveId, gateId, gate.gateNaam(), gate.fase(), command.uitkomst(),
                document == null ? null : document.documentId(),
                document == null ? null : document.naam(),
                document == null ? null : document.versie(),
                document == null ? null : document.contentHash(),
                command.attribution().withRole(beslisser.name())));
    }

    private DocumentAttachedEvent requiredDocument(GateOpenedEvent gate, String documentId) {
        String vereist = gate.vereistDocument();
        if (documentId != null && !documentId.isBlank()) {
            DocumentAttachedEvent named = documenten.get(documentId);
            if (named == null) {
                throw new DocumentNotFound(documentId);
            }
            if (vereist != null && !vereist.isBlank() && !sameName(named.naam(), vereist)) {
                throw new DocumentRequired(gate.gateId(), vereist);
            }
            return named;
        }
        if (vereist == null || vereist.isBlank()) {
            return null;
        }
        DocumentAttachedEvent latest = null;
        for (DocumentAttachedEvent d : documenten.values()) {
            if (sameName(d.naam(), vereist)) {
                latest = d;
            }
        }
        if (latest == null) {
            throw new DocumentRequired(gate.gateId(), vereist);
        }
        return latest;
    }

    private static boolean sameName(String a, String b) {
        return a != null && b != null && a.trim().equalsIgnoreCase(b.trim());
    }

    @CommandHandler
    public void handle(LinkProcessCommand command) {
        if (processInstanceKey == command.processInstanceKey()) {
            return;
        }
        apply(new ProcessLinkedEvent(opgaveId, command.bpmnProcessId(), command.versie(),
                command.processDefinitionKey(), command.processInstanceKey(), command.attribution()));
    }

    @CommandHandler
    public void handle(StartFaseCommand command) {
        requireOpen();
        apply(new FaseStartedEvent(opgaveId, command.fase(), command.faseNaam(),
                faseHerhalingen.getOrDefault(command.fase(), 0), command.attribution()));
    }

    @CommandHandler
    public void handle(OpenGateCommand command) {
        requireOpen();
        if (openGate != null && openGate.gateId().equals(command.gateId())) {
            return; // the same gate opened again by a retried job: nothing new happened
        }
        apply(new GateOpenedEvent(opgaveId, command.gateId(), command.gateNaam(), fase, command.vereistDocument(),
                command.beslisser(), List.copyOf(command.uitkomsten()), command.attribution()));
    }

    @CommandHandler
    public void handle(CloseOpgaveCommand command) {
        if (status.isClosed()) {
            return; // a retried job closing an opgave that is closed already
        }
        apply(new OpgaveClosedEvent(opgaveId, command.resultaat(), command.attribution()));
    }

    private void requireOpen() {
        if (status.isClosed()) {
            throw new OpgaveClosed(opgaveId, status.name());
        }
    }

    private static void requireReason(Attribution attribution, String what) {
        if (!attribution.hasReason()) {
            throw new ReasonRequired(what);
        }
    }

    @EventSourcingHandler
    void on(OpgaveRegisteredEvent event) {
        opgaveId = event.opgaveId();
        status = OpgaveStatus.GEREGISTREERD;
    }

    @EventSourcingHandler
    void on(IntakeRecordedEvent event) {
        advies = event.advies();
        status = OpgaveStatus.INTAKE_GEDAAN;
    }

    @EventSourcingHandler
    void on(WerkwijzeChosenEvent event) {
        werkwijze = event.werkwijze();
        status = OpgaveStatus.LOPEND;
    }

    @EventSourcingHandler
    void on(RolAssignedEvent event) {
        rollen.computeIfAbsent(event.rol(), r -> new ArrayList<>()).add(event.persoon());
    }

    @EventSourcingHandler
    void on(RolEndedEvent event) {
        rollen.getOrDefault(event.rol(), new ArrayList<>()).remove(event.persoon());
    }

    @EventSourcingHandler
    void on(DocumentAttachedEvent event) {
        documenten.put(event.documentId(), event);
    }

    @EventSourcingHandler
    void on(ProcessLinkedEvent event) {
        processInstanceKey = event.processInstanceKey();
    }

    @EventSourcingHandler
    void on(FaseStartedEvent event) {
        fase = event.fase();
        faseHerhalingen.merge(event.fase(), 1, Integer::sum);
    }

    @EventSourcingHandler
    void on(GateOpenedEvent event) {
        openGate = event;
    }

    @EventSourcingHandler
    void on(GateDecidedEvent event) {
        openGate = null;
        lastDecision = new LastDecision(event.gateId(), event.uitkomst(), event.attribution().actor());
    }

    @EventSourcingHandler
    void on(OpgaveClosedEvent event) {
        status = event.resultaat();
        openGate = null;
    }

    private record LastDecision(String gateId, String uitkomst, String door) {
    }
}
