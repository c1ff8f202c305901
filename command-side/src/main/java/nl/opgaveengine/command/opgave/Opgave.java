package nl.opgaveengine.command.opgave;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opgaveengine.api.opgave.AanpakChosenEvent;
import nl.opgaveengine.api.opgave.AssignRolCommand;
import nl.opgaveengine.api.opgave.ChooseAanpakCommand;
import nl.opgaveengine.api.opgave.EndSprintCommand;
import nl.opgaveengine.api.opgave.ExecuteProcesstapCommand;
import nl.opgaveengine.api.opgave.SprintEndedEvent;
import nl.opgaveengine.api.opgave.Processtap;
import nl.opgaveengine.api.opgave.ProcesstapExecutedEvent;
import nl.opgaveengine.api.opgave.ProcesstapTakenEvent;
import nl.opgaveengine.api.opgave.RegisterSubopgaveCommand;
import nl.opgaveengine.api.opgave.RequestVoortgangsrapportageCommand;
import nl.opgaveengine.api.opgave.Subopgave;
import nl.opgaveengine.api.opgave.SubopgaveLinkedEvent;
import nl.opgaveengine.api.opgave.TakeProcesstapCommand;
import nl.opgaveengine.api.opgave.VervolgaanpakChosenEvent;
import nl.opgaveengine.api.opgave.VoortgangsrapportageRequestedEvent;
import nl.opgaveengine.api.opgave.WerkwijzeSwitchedEvent;
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
import nl.opgaveengine.api.opgave.DelegateMandaatCommand;
import nl.opgaveengine.api.opgave.HandOverRolCommand;
import nl.opgaveengine.api.opgave.MandaatDelegatedEvent;
import nl.opgaveengine.api.opgave.MandaatRevokedEvent;
import nl.opgaveengine.api.opgave.RevokeMandaatCommand;
import nl.opgaveengine.api.opgave.RolHandedOverEvent;
import nl.opgaveengine.api.opgave.IntakeRecordedEvent;
import nl.opgaveengine.api.opgave.LinkProcessCommand;
import nl.opgaveengine.api.opgave.OpenGateCommand;
import nl.opgaveengine.api.opgave.PlanGateCommand;
import nl.opgaveengine.api.opgave.MigrateProcessCommand;
import nl.opgaveengine.api.opgave.ProcessMigratedEvent;
import nl.opgaveengine.command.proces.ProcessBridge;
import nl.opgaveengine.api.opgave.ResolveActingRolCommand;
import nl.opgaveengine.api.opgave.GatePlannedEvent;
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
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.AanpakAlreadyChosen;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.DocumentNotFound;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.NotProcesregisseur;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.WrongWerkwijze;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.WyberenNotStarted;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.DocumentRequired;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.GateAlreadyDecided;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.GateNotOpen;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.IntakeNotDone;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.MandaatInvalid;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.MandaatNotFound;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.NotMandaatgever;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.NoMandate;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.NoRolOnOpgave;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.OpgaveClosed;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.RationaleRequired;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.ReasonRequired;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.RolAlreadyHeld;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.RolNotHeld;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.UnknownOutcome;
import nl.opgaveengine.command.opgave.OpgaveRuleViolations.WerkwijzeAlreadyChosen;
import nl.opgaveengine.command.gebied.Gebiedenlijst;
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

    private static final String PROJECTBUREAU = "PROJECTBUREAU";

    @AggregateIdentifier
    private String opgaveId;
    private OpgaveStatus status;
    private Voorscheider.Advies advies;
    private Werkwijze werkwijze;
    private long processInstanceKey;
    /** The correlation key of the running process instance's gate decisions (null: the opgave id). */
    private String procesSleutel;
    private String fase;
    private final Map<String, Integer> faseHerhalingen = new HashMap<>();
    private GateOpenedEvent openGate;
    private LastDecision lastDecision;
    /** Current holders per role, in order of assignment. */
    private final Map<Rol, List<String>> rollen = new HashMap<>();
    /** Attached documents by id. */
    private final Map<String, DocumentAttachedEvent> documenten = new LinkedHashMap<>();
    /** Delegated mandates that have not been revoked or lapsed, by id (their period may still have to start or be over). */
    private final Map<String, MandaatDelegatedEvent> mandaten = new LinkedHashMap<>();
    private String titel;
    private String thema;
    private String bpmnProcessId;
    /** The version of {@link #bpmnProcessId} the running instance runs on. */
    private int processVersie;
    /** Procesregie: reported steps the model has not run yet, oldest first. */
    private final List<ProcesstapTakenEvent> openStappen = new ArrayList<>();
    /** Procesregie: the step task instances the model ran (a retried job runs nothing new). */
    private final java.util.Set<Long> uitgevoerdeStappen = new java.util.HashSet<>();
    private boolean aanpakGekozen;
    /** P&C moments a voortgangsrapportage was made due for. */
    private final java.util.Set<Instant> gevraagdeRapportages = new java.util.HashSet<>();

    protected Opgave() {
        // for Axon
    }

    /** The area of the opgave and that of its initiator, when given, are on the list of areas. */
    @CommandHandler
    public Opgave(RegisterOpgaveCommand command, Gebiedenlijst gebieden) {
        gebieden.vereis(command.gebied(), "gebied");
        gebieden.vereis(command.initiatiefnemerGebied(), "initiatiefnemerGebied");
        apply(new OpgaveRegisteredEvent(command.opgaveId(), command.titel(), command.omschrijving(), command.thema(),
                command.gebied(), command.initiatiefnemer(), command.attribution(), command.initiatiefnemerGebied()));
    }

    /** A sub-opgave starts with the werkwijze its parent's decision chose: no intake of its own. */
    @CommandHandler
    public Opgave(RegisterSubopgaveCommand command) {
        Attribution by = command.attribution();
        apply(new OpgaveRegisteredEvent(command.opgaveId(), command.titel(), command.omschrijving(), command.thema(),
                command.gebied(), null, by));
        apply(new SubopgaveLinkedEvent(command.opgaveId(), command.parentOpgaveId(), command.werkwijze(), by));
        if (command.rollen() != null) {
            command.rollen().forEach((rol, personen) -> personen.forEach(persoon -> apply(new RolAssignedEvent(
                    command.opgaveId(), rol, persoon, by.withReason("Rol overgenomen van de moederopgave "
                    + command.parentOpgaveId())))));
        }
        apply(new WerkwijzeChosenEvent(command.opgaveId(), command.werkwijze(), command.werkwijze(), false, by));
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
        if (werkwijze != null) {
            switchWerkwijze(command);
            return;
        }
        if (advies == null) {
            throw new IntakeNotDone(opgaveId);
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

    /** Another werkwijze for a running opgave: a decision with a reason; the old model's history stays. */
    private void switchWerkwijze(ChooseWerkwijzeCommand command) {
        if (command.werkwijze() == werkwijze) {
            throw new WerkwijzeAlreadyChosen(werkwijze.name());
        }
        requireReason(command.attribution(), "het omzetten van de werkwijze van " + werkwijze + " naar "
                + command.werkwijze());
        apply(new WerkwijzeSwitchedEvent(opgaveId, werkwijze, command.werkwijze(), bpmnProcessId,
                processInstanceKey == 0 ? null : processInstanceKey, command.attribution()));
        Werkwijze geadviseerd = advies == null ? null : advies.werkwijze();
        apply(new WerkwijzeChosenEvent(opgaveId, command.werkwijze(), geadviseerd,
                geadviseerd != null && geadviseerd != command.werkwijze(), command.attribution()));
    }

    @CommandHandler
    public void handle(AssignRolCommand command, Gebiedenlijst gebieden) {
        requireOpen();
        gebieden.vereis(command.gebied(), "gebied");
        requireReason(command.attribution(), "het toekennen van de rol " + command.rol());
        List<String> holders = rollen.getOrDefault(command.rol(), List.of());
        if (holders.contains(command.persoon())) {
            throw new RolAlreadyHeld(command.rol().name(), command.persoon());
        }
        if (command.rol().inSturingsdriehoek() && !holders.isEmpty()) {
            throw new RolAlreadyHeld(command.rol().name(), holders.get(0));
        }
        apply(new RolAssignedEvent(opgaveId, command.rol(), command.persoon(), command.attribution(),
                command.gebied()));
    }

    @CommandHandler
    public void handle(EndRolCommand command) {
        requireOpen();
        requireReason(command.attribution(), "het beëindigen van de rol " + command.rol());
        if (!rollen.getOrDefault(command.rol(), List.of()).contains(command.persoon())) {
            throw new RolNotHeld(command.rol().name(), command.persoon());
        }
        apply(new RolEndedEvent(opgaveId, command.rol(), command.persoon(), command.attribution()));
        lapseMandatesOf(command.rol(), command.persoon(), command.attribution());
    }

    @CommandHandler
    public void handle(HandOverRolCommand command) {
        requireOpen();
        requireReason(command.attribution(), "het overdragen van de rol " + command.rol());
        List<String> holders = rollen.getOrDefault(command.rol(), List.of());
        if (!holders.contains(command.persoon())) {
            throw new RolNotHeld(command.rol().name(), command.persoon());
        }
        if (holders.contains(command.opvolger())) {
            throw new RolAlreadyHeld(command.rol().name(), command.opvolger());
        }
        List<String> openGates = openGate != null && openGate.beslisser() == command.rol()
                ? List.of(openGate.gateId()) : List.of();
        apply(new RolEndedEvent(opgaveId, command.rol(), command.persoon(), command.attribution()));
        lapseMandatesOf(command.rol(), command.persoon(), command.attribution());
        apply(new RolAssignedEvent(opgaveId, command.rol(), command.opvolger(), command.attribution()));
        apply(new RolHandedOverEvent(opgaveId, command.rol(), command.persoon(), command.opvolger(), openGates,
                command.attribution()));
    }

    /** A mandate lives as long as its giver holds the role: the successor decides, or delegates anew. */
    private void lapseMandatesOf(Rol rol, String persoon, Attribution attribution) {
        for (MandaatDelegatedEvent m : List.copyOf(mandaten.values())) {
            if (m.rol() == rol && m.mandaatgever().equals(persoon)) {
                apply(new MandaatRevokedEvent(opgaveId, m.mandaatId(), m.rol(), m.mandaatgever(), m.gemachtigde(),
                        attribution.withReason("De rol " + rol + " van " + persoon + " is beëindigd; het mandaat vervalt"
                                + (attribution.hasReason() ? " (" + attribution.reason() + ")" : ""))));
            }
        }
    }

    @CommandHandler
    public void handle(DelegateMandaatCommand command) {
        requireOpen();
        Attribution by = command.attribution();
        requireReason(by, "het delegeren van het mandaat van de rol " + command.rol());
        String actor = by.actor();
        if (!rollen.getOrDefault(command.rol(), List.of()).contains(actor)) {
            throw new NotMandaatgever(actor, command.rol().name(), "het mandaat van de rol " + command.rol()
                    + " delegeren");
        }
        if (command.gemachtigde() == null || command.gemachtigde().isBlank()) {
            throw new MandaatInvalid("er is geen gemachtigde genoemd", "gemachtigde");
        }
        if (command.gemachtigde().equals(actor)) {
            throw new MandaatInvalid(actor + " kan geen mandaat aan zichzelf geven", "gemachtigde");
        }
        Instant van = command.geldigVan() == null ? by.at() : command.geldigVan();
        if (command.geldigTot() == null || !command.geldigTot().isAfter(van)) {
            throw new MandaatInvalid("de periode eindigt niet na het begin (" + van + ")", "geldigTot");
        }
        if (by.at() != null && !command.geldigTot().isAfter(by.at())) {
            throw new MandaatInvalid("de periode is al voorbij (" + command.geldigTot() + ")", "geldigTot");
        }
        apply(new MandaatDelegatedEvent(opgaveId, command.mandaatId(), command.rol(), actor, command.gemachtigde(),
                van, command.geldigTot(), by.withRole(command.rol().name())));
    }

    @CommandHandler
    public void handle(RevokeMandaatCommand command) {
        requireOpen();
        Attribution by = command.attribution();
        requireReason(by, "het intrekken van mandaat " + command.mandaatId());
        MandaatDelegatedEvent m = mandaten.get(command.mandaatId());
        if (m == null) {
            throw new MandaatNotFound(command.mandaatId());
        }
        boolean giver = m.mandaatgever().equals(by.actor());
        if (!giver && !PROJECTBUREAU.equals(by.role())) {
            throw new NotMandaatgever(by.actor(), m.rol().name(), "mandaat " + m.mandaatId() + " intrekken");
        }
        apply(new MandaatRevokedEvent(opgaveId, m.mandaatId(), m.rol(), m.mandaatgever(), m.gemachtigde(),
                giver ? by.withRole(m.rol().name()) : by));
    }

    /** Which of the allowed roles the actor holds on this opgave (the first in the order asked); refused if none. */
    @CommandHandler
    public String handle(ResolveActingRolCommand command) {
        for (Rol rol : command.toegestaan()) {
            if (rollen.getOrDefault(rol, List.of()).contains(command.actor())) {
                return rol.name();
            }
        }
        throw new OpgaveRuleViolations.RolRequired(command.actor(), command.handeling(), command.toegestaan());
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
        Attribution decider = command.attribution().withRole(beslisser.name());
        if (!rollen.getOrDefault(beslisser, List.of()).contains(actor)) {
            MandaatDelegatedEvent mandaat = validMandate(beslisser, actor, command.attribution().at(), gateId);
            decider = decider.onBehalfOf(mandaat.mandaatgever(), mandaat.mandaatId());
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
                decider, gate.correlatieSleutel() != null ? gate.correlatieSleutel() : procesSleutel,
                gate.uiterlijkOp()));
        Werkwijze vervolg = vervolgWerkwijze(command.uitkomst());
        if (vervolg != null) {
            Map<Rol, List<String>> houders = new java.util.TreeMap<>();
            rollen.forEach((rol, personen) -> {
                if (!personen.isEmpty()) {
                    houders.put(rol, List.copyOf(personen));
                }
            });
            apply(new VervolgaanpakChosenEvent(opgaveId, gateId, vervolg, subopgaven(command.subopgaven()), decider,
                    houders));
        }
    }

    /** An outcome that names a werkwijze (procesregie's vervolgaanpak) is the werkwijze of the sub-opgaven to start. */
    private static Werkwijze vervolgWerkwijze(String uitkomst) {
        for (Werkwijze w : Werkwijze.values()) {
            if (w.name().equals(uitkomst)) {
                return w;
            }
        }
        return null;
    }

    /** The sub-opgaven the decision names; without any, one that carries on the opgave itself. */
    private List<Subopgave> subopgaven(List<Subopgave> gevraagd) {
        if (gevraagd == null || gevraagd.isEmpty()) {
            return List.of(new Subopgave(UUID.randomUUID().toString(), titel, thema));
        }
        return gevraagd.stream().map(s -> new Subopgave(
                s.subopgaveId() == null || s.subopgaveId().isBlank() ? UUID.randomUUID().toString() : s.subopgaveId(),
                s.titel(), s.thema() == null || s.thema().isBlank() ? thema : s.thema())).toList();
    }

    @CommandHandler
    public void handle(TakeProcesstapCommand command) {
        requireProcesregie("een processtap zetten");
        Attribution by = procesregisseur(command.attribution(), "een processtap zetten");
        apply(new ProcesstapTakenEvent(opgaveId, command.stapId(), command.stap(), command.omschrijving(),
                command.uitkomst(), command.spelers() == null ? List.of() : List.copyOf(command.spelers()),
                command.veld(), processInstanceKey, by));
    }

    @CommandHandler
    public void handle(ChooseAanpakCommand command) {
        requireProcesregie("de aanpak kiezen");
        Attribution by = procesregisseur(command.attribution(), "de aanpak kiezen");
        requireReason(by, "het kiezen van de aanpak");
        if (openStappen.isEmpty()) {
            // the model weighs its completion condition after a step: a closing step carries the choice
            apply(new ProcesstapTakenEvent(opgaveId, command.slotstapId(), Processtap.CONSOLIDEREN,
                    "Aanpak gekozen", by.reason(), List.of(), null, processInstanceKey, by));
        }
        apply(new AanpakChosenEvent(opgaveId, by));
    }

    /** The model ran a step task: records which reported step it was; answers the completion condition. */
    @CommandHandler
    public Boolean handle(ExecuteProcesstapCommand command) {
        if (status.isClosed() || uitgevoerdeStappen.contains(command.elementInstanceKey())) {
            return aanpakGekozen;
        }
        ProcesstapTakenEvent stap = openStappen.stream().filter(s -> s.stap() == command.stap()).findFirst()
                .orElse(null);
        apply(new ProcesstapExecutedEvent(opgaveId, stap == null ? null : stap.stapId(), command.stap(),
                stap == null ? "Door het procesmodel geactiveerd" : stap.omschrijving(),
                stap == null ? null : stap.uitkomst(), stap == null ? List.of() : stap.spelers(),
                stap == null ? null : stap.veld(), command.elementId(), command.elementInstanceKey(), aanpakGekozen,
                command.attribution()));
        return aanpakGekozen;
    }

    private void requireProcesregie(String what) {
        requireOpen();
        if (werkwijze != Werkwijze.PROCESREGIE) {
            throw new WrongWerkwijze(what, Werkwijze.PROCESREGIE.name(), werkwijze == null ? null : werkwijze.name());
        }
        if (aanpakGekozen) {
            throw new AanpakAlreadyChosen(opgaveId);
        }
        if (processInstanceKey == 0 || fase == null) {
            throw new WyberenNotStarted(opgaveId);
        }
    }

    /** The procesregisseur is the sturingsprofessional of the opgave. */
    private Attribution procesregisseur(Attribution by, String what) {
        if (!rollen.getOrDefault(Rol.STURINGSPROFESSIONAL, List.of()).contains(by.actor())) {
            throw new NotProcesregisseur(by.actor(), what);
        }
        return by.withRole(Rol.STURINGSPROFESSIONAL.name());
    }

    /** The team ends the running sprint early; the model opens the sprint review. */
    @CommandHandler
    public void handle(EndSprintCommand command) {
        requireOpen();
        if (werkwijze != Werkwijze.IMPROVISATIE) {
            throw new WrongWerkwijze("een sprint afronden", Werkwijze.IMPROVISATIE.name(),
                    werkwijze == null ? null : werkwijze.name());
        }
        Attribution by = procesregisseur(command.attribution(), "een sprint afronden");
        requireReason(by, "het vroeg afronden van de sprint");
        if (!"sprint".equals(fase) || openGate != null) {
            throw new GateNotOpen("sprintreview", openGate == null ? null : openGate.gateId());
        }
        apply(new SprintEndedEvent(opgaveId, faseHerhalingen.getOrDefault("sprint", 1) - 1, by));
    }

    /** The model's P&C timer fired: a voortgangsrapportage is due at this moment (once per moment). */
    @CommandHandler
    public void handle(RequestVoortgangsrapportageCommand command) {
        if (status.isClosed() || gevraagdeRapportages.contains(command.pcMoment())) {
            return;
        }
        apply(new VoortgangsrapportageRequestedEvent(opgaveId, command.pcMoment(), command.pcMomentNaam(), werkwijze,
                command.attribution()));
    }

    /** The mandate under which the actor may decide for the role now, or the refusal that says why not. */
    private MandaatDelegatedEvent validMandate(Rol rol, String actor, Instant at, String gateId) {
        MandaatDelegatedEvent outOfPeriod = null;
        for (MandaatDelegatedEvent m : mandaten.values()) {
            if (m.rol() != rol || !m.gemachtigde().equals(actor)
                    || !rollen.getOrDefault(rol, List.of()).contains(m.mandaatgever())) {
                continue;
            }
            if (at != null && !at.isBefore(m.geldigVan()) && at.isBefore(m.geldigTot())) {
                return m;
            }
            outOfPeriod = m;
        }
        if (outOfPeriod != null) {
            throw new NoMandate(actor, gateId, rol.name(), outOfPeriod.mandaatId(), "geldt van "
                    + outOfPeriod.geldigVan() + " tot " + outOfPeriod.geldigTot() + ", niet op " + at);
        }
        throw new NoMandate(actor, gateId, rol.name());
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
        if (command.procesSleutel() != null && command.procesSleutel().equals(procesSleutel)) {
            throw new OpgaveRuleViolations.ProcessAlreadyLinked(opgaveId, procesSleutel, processInstanceKey,
                    command.processInstanceKey());
        }
        apply(new ProcessLinkedEvent(opgaveId, command.bpmnProcessId(), command.versie(),
                command.processDefinitionKey(), command.processInstanceKey(), command.attribution(),
                command.procesSleutel()));
    }

    /**
     * A process owner moves the running instance to another version of its model. The engine checks the mapping
     * against the active elements and refuses with the reason; with the embedded engine both commit together.
     */
    @CommandHandler
    public void handle(MigrateProcessCommand command, ProcessBridge bridge) {
        requireOpen();
        if (processInstanceKey == 0) {
            throw new OpgaveRuleViolations.NoProcess(opgaveId);
        }
        if (!command.attribution().hasReason()) {
            throw new ReasonRequired("een opgave naar een andere modelversie migreren");
        }
        if (command.naarVersie() == processVersie) {
            throw new OpgaveRuleViolations.SameVersion(bpmnProcessId, processVersie);
        }
        long target = bridge.migrate(processInstanceKey, bpmnProcessId, command.naarVersie(), command.mapping(),
                command.attribution().actor(), command.attribution().reason());
        apply(new ProcessMigratedEvent(opgaveId, bpmnProcessId, processVersie, command.naarVersie(), target,
                processInstanceKey, Map.copyOf(command.mapping()), command.attribution()));
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
                command.beslisser(), List.copyOf(command.uitkomsten()), command.attribution(),
                command.correlatieSleutel(), command.uiterlijkOp()));
    }

    /** The project office plans the open gate: the date by which it must be decided, with a reason. */
    @CommandHandler
    public void handle(PlanGateCommand command) {
        requireOpen();
        if (openGate == null || !openGate.gateId().equals(command.gateId())) {
            throw new GateNotOpen(command.gateId(), openGate == null ? null : openGate.gateId());
        }
        if (!command.attribution().hasReason()) {
            throw new ReasonRequired("een gate plannen of verzetten");
        }
        Instant geopendOp = openGate.attribution().at();
        if (geopendOp != null && !command.uiterlijkOp().isAfter(geopendOp)) {
            throw new OpgaveRuleViolations.DueDateBeforeOpening(command.gateId(), command.uiterlijkOp(), geopendOp);
        }
        if (command.uiterlijkOp().equals(openGate.uiterlijkOp())) {
            return; // planned on this date already: nothing changes
        }
        apply(new GatePlannedEvent(opgaveId, openGate.gateId(), openGate.gateNaam(), command.uiterlijkOp(),
                openGate.uiterlijkOp(), command.attribution()));
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
        titel = event.titel();
        thema = event.thema();
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
    void on(WerkwijzeSwitchedEvent event) {
        openGate = null;
        fase = null;
        openStappen.clear();
        aanpakGekozen = false;
    }

    @EventSourcingHandler
    void on(ProcesstapTakenEvent event) {
        openStappen.add(event);
    }

    @EventSourcingHandler
    void on(ProcesstapExecutedEvent event) {
        uitgevoerdeStappen.add(event.elementInstanceKey());
        if (event.stapId() != null) {
            openStappen.removeIf(s -> event.stapId().equals(s.stapId()));
        }
    }

    @EventSourcingHandler
    void on(AanpakChosenEvent event) {
        aanpakGekozen = true;
    }

    @EventSourcingHandler
    void on(VoortgangsrapportageRequestedEvent event) {
        gevraagdeRapportages.add(event.pcMoment());
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
    void on(MandaatDelegatedEvent event) {
        mandaten.put(event.mandaatId(), event);
    }

    @EventSourcingHandler
    void on(MandaatRevokedEvent event) {
        mandaten.remove(event.mandaatId());
    }

    @EventSourcingHandler
    void on(DocumentAttachedEvent event) {
        documenten.put(event.documentId(), event);
    }

    @EventSourcingHandler
    void on(ProcessLinkedEvent event) {
        processInstanceKey = event.processInstanceKey();
        procesSleutel = event.procesSleutel();
        bpmnProcessId = event.bpmnProcessId();
        processVersie = event.versie();
    }

    @EventSourcingHandler
    void on(ProcessMigratedEvent event) {
        processVersie = event.naarVersie();
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
    void on(GatePlannedEvent event) {
        if (openGate != null && openGate.gateId().equals(event.gateId())) {
            GateOpenedEvent g = openGate;
            openGate = new GateOpenedEvent(g.opgaveId(), g.gateId(), g.gateNaam(), g.fase(), g.vereistDocument(),
                    g.beslisser(), g.uitkomsten(), g.attribution(), g.correlatieSleutel(), event.uiterlijkOp());
        }
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
