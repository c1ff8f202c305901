package nl.opgaveengine.command.din.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opgaveengine.api.din.AddDoelCommand;
import nl.opgaveengine.api.din.AddInspanningCommand;
import nl.opgaveengine.api.din.DinId;
import nl.opgaveengine.api.din.LinkInspanningCommand;
import nl.opgaveengine.api.din.LinkInspanningOpgaveCommand;
import nl.opgaveengine.api.din.MoveDoelCommand;
import nl.opgaveengine.api.din.RecordVoortgangCommand;
import nl.opgaveengine.api.din.RemoveDoelCommand;
import nl.opgaveengine.api.din.UnlinkInspanningCommand;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.command.security.CurrentUser;
import nl.opgaveengine.api.opgave.ResolveActingRolCommand;
import nl.opgaveengine.api.opgave.Rol;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Changes to a programme's doelen-inspanningen-netwerk; every change is an event with who and why. */
@RestController
@RequestMapping("/v1/opgaven/{opgaveId}/din")
public class DinCommandController {

    private static final List<Rol> STURINGSDRIEHOEK = List.of(Rol.STURINGSPROFESSIONAL,
            Rol.AMBTELIJK_OPDRACHTGEVER, Rol.BESTUURLIJK_OPDRACHTGEVER);

    private final CommandGateway commands;
    private final CurrentUser user;
    private final EventStore eventStore;

    public DinCommandController(CommandGateway commands, CurrentUser user, EventStore eventStore) {
        this.commands = commands;
        this.user = user;
        this.eventStore = eventStore;
    }

    /** Add a goal, optionally under a parent goal. */
    record NieuwDoel(@NotBlank @Size(max = 300) String naam, @Size(max = 100) String bovenliggendDoelId,
                     @Size(max = 4000) String reden) {
    }

    /** Place a goal under another goal (null: at the top). */
    record VerplaatsDoel(@Size(max = 100) String bovenliggendDoelId, @Size(max = 4000) String reden) {
    }

    /** Add an effort serving one or more goals, optionally carried out as an opgave of its own. */
    record NieuweInspanning(@NotBlank @Size(max = 300) String naam, @Size(max = 50) List<@NotBlank String> doelIds,
                            @Size(max = 100) String subopgaveId, @Size(max = 4000) String reden) {
    }

    /** Link or unlink an effort and a goal. */
    record Koppeling(@NotBlank @Size(max = 100) String doelId, @Size(max = 4000) String reden) {
    }

    /** Carry out an effort as an opgave of its own. */
    record OpgaveKoppeling(@NotBlank @Size(max = 100) String subopgaveId, @Size(max = 4000) String reden) {
    }

    /** Progress of an effort, in percent. */
    record Voortgang(@NotNull @Min(0) @Max(100) Integer voortgang, @Size(max = 4000) String reden) {
    }

    /** Remove a goal. */
    record Verwijdering(@Size(max = 4000) String reden) {
    }

    @PostMapping("/doelen")
    public ResponseEntity<Map<String, Object>> voegDoelToe(@PathVariable String opgaveId,
                                                           @Valid @RequestBody NieuwDoel body) {
        requireOpgave(opgaveId);
        String doelId = "doel-" + UUID.randomUUID();
        commands.sendAndWait(new AddDoelCommand(DinId.of(opgaveId), opgaveId, doelId, body.naam().trim(),
                blankToNull(body.bovenliggendDoelId()), acting(opgaveId, "doelen toevoegen aan het DIN", body.reden())));
        return ResponseEntity.created(URI.create("/v1/opgaven/" + opgaveId + "/din/doelen/" + doelId))
                .body(Map.of("opgaveId", opgaveId, "doelId", doelId));
    }

    @PutMapping("/doelen/{doelId}/bovenliggend-doel")
    public Map<String, Object> verplaatsDoel(@PathVariable String opgaveId, @PathVariable String doelId,
                                             @Valid @RequestBody VerplaatsDoel body) {
        commands.sendAndWait(new MoveDoelCommand(DinId.of(opgaveId), doelId, blankToNull(body.bovenliggendDoelId()),
                acting(opgaveId, "doelen verplaatsen in het DIN", body.reden())));
        return Map.of("opgaveId", opgaveId, "doelId", doelId);
    }

    @PostMapping("/doelen/{doelId}/_verwijderen")
    public Map<String, Object> verwijderDoel(@PathVariable String opgaveId, @PathVariable String doelId,
                                             @Valid @RequestBody Verwijdering body) {
        commands.sendAndWait(new RemoveDoelCommand(DinId.of(opgaveId), doelId,
                acting(opgaveId, "doelen verwijderen uit het DIN", body.reden())));
        return Map.of("opgaveId", opgaveId, "doelId", doelId, "verwijderd", true);
    }

    @PostMapping("/inspanningen")
    public ResponseEntity<Map<String, Object>> voegInspanningToe(@PathVariable String opgaveId,
                                                                 @Valid @RequestBody NieuweInspanning body) {
        requireOpgave(opgaveId);
        String inspanningId = "inspanning-" + UUID.randomUUID();
        commands.sendAndWait(new AddInspanningCommand(DinId.of(opgaveId), opgaveId, inspanningId, body.naam().trim(),
                body.doelIds() == null ? List.of() : body.doelIds(), blankToNull(body.subopgaveId()),
                acting(opgaveId, "inspanningen toevoegen aan het DIN", body.reden())));
        return ResponseEntity.created(URI.create("/v1/opgaven/" + opgaveId + "/din/inspanningen/" + inspanningId))
                .body(Map.of("opgaveId", opgaveId, "inspanningId", inspanningId));
    }

    @PostMapping("/inspanningen/{inspanningId}/doelen")
    public Map<String, Object> koppel(@PathVariable String opgaveId, @PathVariable String inspanningId,
                                      @Valid @RequestBody Koppeling body) {
        commands.sendAndWait(new LinkInspanningCommand(DinId.of(opgaveId), inspanningId, body.doelId(),
                acting(opgaveId, "inspanningen aan doelen koppelen", body.reden())));
        return Map.of("opgaveId", opgaveId, "inspanningId", inspanningId, "doelId", body.doelId());
    }

    @PostMapping("/inspanningen/{inspanningId}/doelen/_ontkoppelen")
    public Map<String, Object> ontkoppel(@PathVariable String opgaveId, @PathVariable String inspanningId,
                                         @Valid @RequestBody Koppeling body) {
        commands.sendAndWait(new UnlinkInspanningCommand(DinId.of(opgaveId), inspanningId, body.doelId(),
                acting(opgaveId, "inspanningen van doelen ontkoppelen", body.reden())));
        return Map.of("opgaveId", opgaveId, "inspanningId", inspanningId, "doelId", body.doelId(), "ontkoppeld", true);
    }

    @PutMapping("/inspanningen/{inspanningId}/opgave")
    public Map<String, Object> koppelOpgave(@PathVariable String opgaveId, @PathVariable String inspanningId,
                                            @Valid @RequestBody OpgaveKoppeling body) {
        requireOpgave(body.subopgaveId());
        commands.sendAndWait(new LinkInspanningOpgaveCommand(DinId.of(opgaveId), inspanningId, body.subopgaveId(),
                acting(opgaveId, "inspanningen aan opgaven koppelen", body.reden())));
        return Map.of("opgaveId", opgaveId, "inspanningId", inspanningId, "subopgaveId", body.subopgaveId());
    }

    @PutMapping("/inspanningen/{inspanningId}/voortgang")
    public Map<String, Object> voortgang(@PathVariable String opgaveId, @PathVariable String inspanningId,
                                         @Valid @RequestBody Voortgang body) {
        commands.sendAndWait(new RecordVoortgangCommand(DinId.of(opgaveId), inspanningId, body.voortgang(),
                acting(opgaveId, "de voortgang van inspanningen vastleggen", body.reden())));
        return Map.of("opgaveId", opgaveId, "inspanningId", inspanningId, "voortgang", body.voortgang());
    }

    /**
     * The DIN is the programme's steering instrument: its sturingsdriehoek changes it. The opgave says in which role
     * the signed-in user acts, and that role is recorded with the change.
     */
    private nl.opgaveengine.api.opgave.Attribution acting(String opgaveId, String handeling, String reden) {
        String rol = commands.sendAndWait(new ResolveActingRolCommand(opgaveId, user.name(),
                STURINGSDRIEHOEK, handeling));
        return user.attribution(rol, reden);
    }

    private void requireOpgave(String opgaveId) {
        if (eventStore.lastSequenceNumberFor(opgaveId).isEmpty()) {
            throw new BusinessRuleException(ErrorCode.OPGAVE_NOT_FOUND, "Opgave " + opgaveId + " bestaat niet.",
                    Map.of("opgaveId", opgaveId));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
