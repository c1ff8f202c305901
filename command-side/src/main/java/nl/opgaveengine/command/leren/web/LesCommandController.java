package nl.opgaveengine.command.leren.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.api.leren.GotikAspect;
import nl.opgaveengine.api.leren.LesBron;
import nl.opgaveengine.api.leren.MarkLesGelezenCommand;
import nl.opgaveengine.api.leren.RecordLesCommand;
import nl.opgaveengine.api.opgave.Procesveld;
import nl.opgaveengine.api.opgave.Werkwijze;
import nl.opgaveengine.command.portfolio.KnownAggregates;
import nl.opgaveengine.command.security.CurrentUser;
import nl.opgaveengine.command.security.GlobalRole;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Records lessons on an opgave, and that a lesson of a similar opgave was read at the intake of this one. */
@RestController
public class LesCommandController {

    private final CommandGateway commands;
    private final CurrentUser user;
    private final KnownAggregates aggregates;

    public LesCommandController(CommandGateway commands, CurrentUser user, KnownAggregates aggregates) {
        this.commands = commands;
        this.user = user;
        this.aggregates = aggregates;
    }

    /** A lesson: where it was learned, what happened, what was learned, for whom, and its tags. */
    public record NieuweLes(@NotNull LesBron bron, @Size(max = 200) String bronReferentie,
                            @NotBlank @Size(max = 4000) String watGebeurde, @NotBlank @Size(max = 4000) String geleerd,
                            @NotBlank @Size(max = 500) String voorWie, Werkwijze werkwijze,
                            @Size(max = 200) String thema, Procesveld veld, GotikAspect gotikAspect) {
    }

    /** That the signed-in user read a lesson for this opgave. */
    public record Gelezen(@NotBlank @Size(max = 100) String lesId) {
    }

    @PostMapping("/v1/opgaven/{opgaveId}/lessen")
    public ResponseEntity<Map<String, Object>> legVast(@PathVariable String opgaveId,
                                                       @Valid @RequestBody NieuweLes body) {
        String lesId = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordLesCommand(lesId, opgaveId, body.bron(), blankToNull(body.bronReferentie()),
                body.watGebeurde().trim(), body.geleerd().trim(), body.voorWie().trim(), body.werkwijze(),
                blankToNull(body.thema()), body.veld(), body.gotikAspect(), user.attribution(role(), null)));
        return ResponseEntity.created(URI.create("/v1/lessen/" + lesId)).body(Map.of("lesId", lesId, "opgaveId", opgaveId));
    }

    @PostMapping("/v1/opgaven/{opgaveId}/gelezen-lessen")
    public ResponseEntity<Map<String, Object>> gelezen(@PathVariable String opgaveId,
                                                       @Valid @RequestBody Gelezen body) {
        aggregates.require(body.lesId().trim(), ErrorCode.LES_NOT_FOUND, "Les", "lesId");
        commands.sendAndWait(new MarkLesGelezenCommand(body.lesId().trim(), opgaveId, user.attribution(role(), null)));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("lesId", body.lesId().trim(), "opgaveId", opgaveId,
                "gelezenDoor", user.name()));
    }

    private String role() {
        return user.has(GlobalRole.PROJECTBUREAU) ? GlobalRole.PROJECTBUREAU.name() : "BETROKKENE";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
