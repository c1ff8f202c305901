package nl.opgaveengine.command.opgave.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import nl.opgaveengine.api.opgave.AssignRolCommand;
import nl.opgaveengine.api.opgave.AttachDocumentCommand;
import nl.opgaveengine.api.opgave.ChooseWerkwijzeCommand;
import nl.opgaveengine.api.opgave.DecideGateCommand;
import nl.opgaveengine.api.opgave.EndRolCommand;
import nl.opgaveengine.api.opgave.RecordIntakeCommand;
import nl.opgaveengine.api.opgave.RegisterOpgaveCommand;
import nl.opgaveengine.api.opgave.Voorscheider;
import nl.opgaveengine.command.opgave.IntakeAdvisor;
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

    public OpgaveCommandController(CommandGateway commands, CurrentUser user) {
        this.commands = commands;
        this.user = user;
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
        commands.sendAndWait(new DecideGateCommand(opgaveId, body.gate(), body.uitkomst().trim(), body.documentId(),
                user.attribution(null, body.onderbouwing())));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of("opgaveId", opgaveId, "uitkomst", body.uitkomst().trim()));
    }
}
