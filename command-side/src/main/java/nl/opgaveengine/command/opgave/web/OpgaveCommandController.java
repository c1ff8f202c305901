package nl.opgaveengine.command.opgave.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opgaveengine.api.opgave.AssignRolCommand;
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
import nl.opgaveengine.command.proces.ProcessBridge;
import nl.opgaveengine.command.security.CurrentUser;
import nl.opgaveengine.command.security.GlobalRole;
import org.axonframework.commandhandling.gateway.CommandGateway;
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

    private final CommandGateway commands;
    private final CurrentUser user;
    private final ProcessBridge bridge;

    public OpgaveCommandController(CommandGateway commands, CurrentUser user, ProcessBridge bridge) {
        this.commands = commands;
        this.user = user;
        this.bridge = bridge;
    }

    @PostMapping
    public ResponseEntity<Map<String, Object>> registreer(@Valid @RequestBody OpgaveRequests.RegistreerOpgave body) {
        GlobalRole role = user.require(GlobalRole.PROJECTBUREAU);
        String opgaveId = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterOpgaveCommand(opgaveId, body.titel().trim(), body.omschrijving(),
                body.thema().trim(), body.gebied(), body.initiatiefnemer(),
                user.attribution(role.name(), "Opgave geregistreerd")));
        return ResponseEntity.created(URI.create("/v1/opgaven/" + opgaveId)).body(Map.of("opgaveId", opgaveId));
    }

    @PutMapping("/{opgaveId}/intake")
    public Map<String, Object> intake(@PathVariable String opgaveId, @Valid @RequestBody OpgaveRequests.Intake body) {
        GlobalRole role = user.require(GlobalRole.PROJECTBUREAU);
        Voorscheider.Antwoorden antwoorden = new Voorscheider.Antwoorden(body.idee(), body.netwerk(),
                body.besluitvorming(), body.voorspelbaarheidPad(), body.tastbaarheidUitkomst(),
                Boolean.TRUE.equals(body.tijdsdruk()));
        commands.sendAndWait(new RecordIntakeCommand(opgaveId, antwoorden, user.attribution(role.name(), "Intake")));
        return Map.of("opgaveId", opgaveId, "advies", IntakeAdvisor.advise(antwoorden));
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
        commands.sendAndWait(new AssignRolCommand(opgaveId, body.rol(), body.persoon().trim(),
                user.attribution(role.name(), body.reden())));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of("opgaveId", opgaveId, "rol", body.rol(), "persoon", body.persoon().trim()));
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
}
