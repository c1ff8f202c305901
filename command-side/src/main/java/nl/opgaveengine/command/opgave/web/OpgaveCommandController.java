package nl.opgaveengine.command.opgave.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opgaveengine.api.leren.LessenAanbod;
import nl.opgaveengine.api.opgave.AssignRolCommand;
import nl.opgaveengine.api.opgave.OpgaveRegisteredEvent;
import nl.opgaveengine.api.opgave.ChooseAanpakCommand;
import nl.opgaveengine.api.opgave.EndSprintCommand;
import nl.opgaveengine.api.opgave.Subopgave;
import nl.opgaveengine.api.opgave.TakeProcesstapCommand;
import nl.opgaveengine.api.opgave.AttachDocumentCommand;
import nl.opgaveengine.api.opgave.ChooseWerkwijzeCommand;
import nl.opgaveengine.api.opgave.DecideGateCommand;
import nl.opgaveengine.api.opgave.DelegateMandaatCommand;
import nl.opgaveengine.api.opgave.HandOverRolCommand;
import nl.opgaveengine.api.opgave.PlanGateCommand;
import nl.opgaveengine.api.opgave.MigrateProcessCommand;
import nl.opgaveengine.api.opgave.RevokeMandaatCommand;
import nl.opgaveengine.api.opgave.EndRolCommand;
import nl.opgaveengine.api.opgave.RecordIntakeCommand;
import nl.opgaveengine.api.opgave.RegisterOpgaveCommand;
import nl.opgaveengine.api.opgave.Voorscheider;
import nl.opgaveengine.command.opgave.IntakeAdvisor;
import nl.opgaveengine.command.security.CurrentUser;
import nl.opgaveengine.command.security.GlobalRole;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Commands on opgaven. Every command is attributed to the signed-in user; the aggregate decides. */
@RestController
@RequestMapping("/v1/opgaven")
public class OpgaveCommandController {

    /** How many offered lessons the answer to an intake shows; the offered-lessons resource has them all. */
    static final int AANGEBODEN_MAX = 20;

    private final CommandGateway commands;
    private final CurrentUser user;
    private final EventStore eventStore;
    private final ObjectProvider<LessenAanbod> lessenAanbod;

    public OpgaveCommandController(CommandGateway commands, CurrentUser user, EventStore eventStore,
                                   ObjectProvider<LessenAanbod> lessenAanbod) {
        this.commands = commands;
        this.user = user;
        this.eventStore = eventStore;
        this.lessenAanbod = lessenAanbod;
    }

    @PostMapping
    public ResponseEntity<Map<String, Object>> registreer(@Valid @RequestBody OpgaveRequests.RegistreerOpgave body) {
        GlobalRole role = user.require(GlobalRole.PROJECTBUREAU);
        String opgaveId = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterOpgaveCommand(opgaveId, body.titel().trim(), body.omschrijving(),
                body.thema().trim(), blankToNull(body.gebied()), body.initiatiefnemer(),
                user.attribution(role.name(), "Opgave geregistreerd"), blankToNull(body.initiatiefnemerGebied())));
        return ResponseEntity.created(URI.create("/v1/opgaven/" + opgaveId)).body(Map.of("opgaveId", opgaveId));
    }

    @PutMapping("/{opgaveId}/intake")
    public Map<String, Object> intake(@PathVariable String opgaveId, @Valid @RequestBody OpgaveRequests.Intake body) {
        GlobalRole role = user.require(GlobalRole.PROJECTBUREAU);
        Voorscheider.Antwoorden antwoorden = new Voorscheider.Antwoorden(body.idee(), body.netwerk(),
                body.besluitvorming(), body.voorspelbaarheidPad(), body.tastbaarheidUitkomst(),
                Boolean.TRUE.equals(body.tijdsdruk()));
        commands.sendAndWait(new RecordIntakeCommand(opgaveId, antwoorden, user.attribution(role.name(), "Intake")));
        Voorscheider.Advies advies = IntakeAdvisor.advise(antwoorden);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("opgaveId", opgaveId);
        answer.put("advies", advies);
        answer.put("aangebodenLessen", aangebodenLessen(opgaveId, advies));
        answer.put("_links", Map.of("aangebodenLessen", Map.of("href", "/v1/opgaven/" + opgaveId
                + "/aangeboden-lessen"), "gelezenLessen", Map.of("href", "/v1/opgaven/" + opgaveId + "/gelezen-lessen")));
        return answer;
    }

    /**
     * The lessons of other opgaven with the same theme, area or (advised) werkwijze, as the lessons register holds
     * them now; the theme and area come from the opgave's registration in the event store, so an opgave registered a
     * moment ago is matched too. Empty where no lessons register runs (a command-side-only deployment).
     */
    private List<LessenAanbod.AangebodenLes> aangebodenLessen(String opgaveId, Voorscheider.Advies advies) {
        LessenAanbod aanbod = lessenAanbod.getIfAvailable();
        if (aanbod == null) {
            return List.of();
        }
        OpgaveRegisteredEvent registratie = eventStore.readEvents(opgaveId).asStream()
                .map(message -> message.getPayload() instanceof OpgaveRegisteredEvent r ? r : null)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return aanbod.aangeboden(opgaveId, registratie == null ? null : registratie.thema(),
                registratie == null ? null : registratie.gebied(),
                advies == null || advies.werkwijze() == null ? null : advies.werkwijze().name(), AANGEBODEN_MAX);
    }

    @PutMapping("/{opgaveId}/werkwijze")
    public Map<String, Object> werkwijze(@PathVariable String opgaveId,
                                         @Valid @RequestBody OpgaveRequests.KiesWerkwijze body) {
        GlobalRole role = user.require(GlobalRole.PROJECTBUREAU);
        commands.sendAndWait(new ChooseWerkwijzeCommand(opgaveId, body.werkwijze(),
                user.attribution(role.name(), body.reden())));
        return Map.of("opgaveId", opgaveId, "werkwijze", body.werkwijze());
    }

    @PostMapping("/{opgaveId}/rollen")
    public ResponseEntity<Map<String, Object>> kenRolToe(@PathVariable String opgaveId,
                                                         @Valid @RequestBody OpgaveRequests.RolWijziging body) {
        GlobalRole role = user.require(GlobalRole.PROJECTBUREAU);
        String gebied = blankToNull(body.gebied());
        commands.sendAndWait(new AssignRolCommand(opgaveId, body.rol(), body.persoon().trim(),
                user.attribution(role.name(), body.reden()), gebied));
        return ResponseEntity.status(HttpStatus.CREATED).body(gebied == null
                ? Map.of("opgaveId", opgaveId, "rol", body.rol(), "persoon", body.persoon().trim())
                : Map.of("opgaveId", opgaveId, "rol", body.rol(), "persoon", body.persoon().trim(), "gebied", gebied));
    }

    @PostMapping("/{opgaveId}/rollen/_beeindigen")
    public Map<String, Object> beeindigRol(@PathVariable String opgaveId,
                                           @Valid @RequestBody OpgaveRequests.RolWijziging body) {
        GlobalRole role = user.require(GlobalRole.PROJECTBUREAU);
        commands.sendAndWait(new EndRolCommand(opgaveId, body.rol(), body.persoon().trim(),
                user.attribution(role.name(), body.reden())));
        return Map.of("opgaveId", opgaveId, "rol", body.rol(), "persoon", body.persoon().trim());
    }

    @PostMapping("/{opgaveId}/documenten")
    public ResponseEntity<Map<String, Object>> voegDocumentToe(@PathVariable String opgaveId,
                                                               @Valid @RequestBody OpgaveRequests.VoegDocumentToe body) {
        String documentId = UUID.randomUUID().toString();
        String hash = body.contentHash().toLowerCase().replaceFirst("^sha256:", "");
        commands.sendAndWait(new AttachDocumentCommand(opgaveId, documentId, body.naam().trim(), body.versie().trim(),
                hash, body.referentie().trim(), user.attribution(user.has(GlobalRole.PROJECTBUREAU)
                ? GlobalRole.PROJECTBUREAU.name() : null, "Document toegevoegd")));
        return ResponseEntity.created(URI.create("/v1/opgaven/" + opgaveId + "/documenten/" + documentId))
                .body(Map.of("opgaveId", opgaveId, "documentId", documentId));
    }

    @PostMapping("/{opgaveId}/besluiten")
    public ResponseEntity<Map<String, Object>> neemBesluit(@PathVariable String opgaveId,
                                                           @Valid @RequestBody OpgaveRequests.NeemBesluit body) {
        List<Subopgave> subopgaven = body.subopgaven() == null ? List.of() : body.subopgaven().stream()
                .map(s -> new Subopgave(UUID.randomUUID().toString(), s.titel().trim(), s.thema())).toList();
        commands.sendAndWait(new DecideGateCommand(opgaveId, body.gate(), body.uitkomst().trim(), body.documentId(),
                user.attribution(null, body.onderbouwing()), subopgaven));
        if (!subopgaven.isEmpty()) {
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("opgaveId", opgaveId,
                    "uitkomst", body.uitkomst().trim(), "subopgaven", subopgaven));
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of("opgaveId", opgaveId, "uitkomst", body.uitkomst().trim()));
    }

    /** A process owner moves the opgave's running instance to another version of its model. */
    @PostMapping("/{opgaveId}/procesmodel/_migreren")
    public Map<String, Object> migreer(@PathVariable String opgaveId,
                                       @Valid @RequestBody OpgaveRequests.MigreerProcesmodel body) {
        GlobalRole role = user.require(GlobalRole.PROCESEIGENAAR);
        commands.sendAndWait(new MigrateProcessCommand(opgaveId, body.versie(), body.mapping(),
                user.attribution(role.name(), body.reden())));
        return Map.of("opgaveId", opgaveId, "versie", body.versie(), "mapping", body.mapping());
    }

    /** The project office sets or moves the date by which the open gate must be decided. */
    @PutMapping("/{opgaveId}/gates/{gateId}/planning")
    public Map<String, Object> planGate(@PathVariable String opgaveId, @PathVariable String gateId,
                                        @Valid @RequestBody OpgaveRequests.PlanGate body) {
        GlobalRole role = user.require(GlobalRole.PROJECTBUREAU);
        java.time.Instant uiterlijkOp = body.uiterlijkOp().toInstant();
        commands.sendAndWait(new PlanGateCommand(opgaveId, gateId, uiterlijkOp,
                user.attribution(role.name(), body.reden())));
        return Map.of("opgaveId", opgaveId, "gate", gateId, "uiterlijkOp", uiterlijkOp.toString());
    }

    /** The procesregisseur takes a step; the model runs it in its ad-hoc wyberen. */
    @PostMapping("/{opgaveId}/processtappen")
    public ResponseEntity<Map<String, Object>> zetProcesstap(@PathVariable String opgaveId,
                                                             @Valid @RequestBody OpgaveRequests.ZetProcesstap body) {
        String stapId = UUID.randomUUID().toString();
        commands.sendAndWait(new TakeProcesstapCommand(opgaveId, stapId, body.stap(), body.omschrijving().trim(),
                body.uitkomst(), body.spelers() == null ? List.of() : body.spelers().stream().map(String::trim).toList(),
                body.veld(), user.attribution(null, "Processtap " + body.stap().modelNaam())));
        return ResponseEntity.created(URI.create("/v1/opgaven/" + opgaveId + "/processtappen/" + stapId))
                .body(Map.of("opgaveId", opgaveId, "stapId", stapId, "stap", body.stap()));
    }

    /** The approach is settled: the wyberen ends and the vervolgaanpak gate opens. */
    @PostMapping("/{opgaveId}/processtappen/_aanpak-kiezen")
    public Map<String, Object> kiesAanpak(@PathVariable String opgaveId,
                                          @Valid @RequestBody OpgaveRequests.KiesAanpak body) {
        commands.sendAndWait(new ChooseAanpakCommand(opgaveId, UUID.randomUUID().toString(),
                user.attribution(null, body.reden())));
        return Map.of("opgaveId", opgaveId, "aanpakGekozen", true);
    }

    /** The team ends the running sprint before its timebox (improvisatie). */
    @PostMapping("/{opgaveId}/sprints/_afronden")
    public Map<String, Object> rondSprintAf(@PathVariable String opgaveId,
                                            @Valid @RequestBody OpgaveRequests.KiesAanpak body) {
        commands.sendAndWait(new EndSprintCommand(opgaveId, user.attribution(null, body.reden())));
        return Map.of("opgaveId", opgaveId, "sprintAfgerond", true);
    }

    @PostMapping("/{opgaveId}/rollen/_overdragen")
    public Map<String, Object> draagRolOver(@PathVariable String opgaveId,
                                            @Valid @RequestBody OpgaveRequests.DraagRolOver body) {
        GlobalRole role = user.require(GlobalRole.PROJECTBUREAU);
        commands.sendAndWait(new HandOverRolCommand(opgaveId, body.rol(), body.persoon().trim(),
                body.opvolger().trim(), user.attribution(role.name(), body.reden())));
        return Map.of("opgaveId", opgaveId, "rol", body.rol(), "persoon", body.persoon().trim(),
                "opvolger", body.opvolger().trim());
    }

    @PostMapping("/{opgaveId}/mandaten")
    public ResponseEntity<Map<String, Object>> delegeerMandaat(@PathVariable String opgaveId,
                                                               @Valid @RequestBody OpgaveRequests.DelegeerMandaat body) {
        String mandaatId = UUID.randomUUID().toString();
        commands.sendAndWait(new DelegateMandaatCommand(opgaveId, mandaatId, body.rol(), body.gemachtigde().trim(),
                body.geldigVan(), body.geldigTot(), user.attribution(body.rol().name(), body.reden())));
        return ResponseEntity.created(URI.create("/v1/opgaven/" + opgaveId + "/mandaten/" + mandaatId))
                .body(Map.of("opgaveId", opgaveId, "mandaatId", mandaatId));
    }

    @PostMapping("/{opgaveId}/mandaten/{mandaatId}/_intrekken")
    public Map<String, Object> trekMandaatIn(@PathVariable String opgaveId, @PathVariable String mandaatId,
                                             @Valid @RequestBody OpgaveRequests.TrekMandaatIn body) {
        commands.sendAndWait(new RevokeMandaatCommand(opgaveId, mandaatId, user.attribution(
                user.has(GlobalRole.PROJECTBUREAU) ? GlobalRole.PROJECTBUREAU.name() : null, body.reden())));
        return Map.of("opgaveId", opgaveId, "mandaatId", mandaatId, "ingetrokken", true);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
