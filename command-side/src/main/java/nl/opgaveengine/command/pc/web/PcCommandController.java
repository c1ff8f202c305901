package nl.opgaveengine.command.pc.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import nl.opgaveengine.api.pc.PcMomentSoort;
import nl.opgaveengine.api.pc.PlanPcMomentCommand;
import nl.opgaveengine.api.pc.RapportageStatus;
import nl.opgaveengine.api.pc.SubmitVoortgangsrapportageCommand;
import nl.opgaveengine.command.security.CurrentUser;
import nl.opgaveengine.command.security.GlobalRole;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Plans P&C moments (controller) and takes voortgangsrapportages (project office or controller). */
@RestController
public class PcCommandController {

    private final CommandGateway commands;
    private final CurrentUser user;

    public PcCommandController(CommandGateway commands, CurrentUser user) {
        this.commands = commands;
        this.user = user;
    }

    @PostMapping("/v1/pc-momenten")
    public ResponseEntity<Map<String, Object>> plan(@Valid @RequestBody PlanMoment body) {
        GlobalRole role = user.require(GlobalRole.CONTROLLER, GlobalRole.PROJECTBUREAU);
        String momentId = body.jaar() + "-" + slug(body.naam());
        commands.sendAndWait(new PlanPcMomentCommand(momentId, body.jaar(), body.naam().trim(), body.soort(),
                body.peildatum(), body.deadline(), user.attribution(role.name(), body.reden())));
        return ResponseEntity.created(URI.create("/v1/pc-momenten/" + momentId)).body(Map.of("momentId", momentId));
    }

    @PostMapping("/v1/pc-momenten/{momentId}/rapportages")
    public ResponseEntity<Map<String, Object>> rapporteer(@PathVariable String momentId,
                                                          @Valid @RequestBody Rapporteer body) {
        GlobalRole role = user.require(GlobalRole.PROJECTBUREAU, GlobalRole.CONTROLLER);
        String rapportageId = SubmitVoortgangsrapportageCommand.idFor(momentId, body.opgaveId());
        commands.sendAndWait(new SubmitVoortgangsrapportageCommand(rapportageId, momentId, body.opgaveId(),
                body.begroot(), body.besteed(), body.prognose(), body.status(),
                user.attribution(role.name(), body.toelichting())));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of("momentId", momentId, "opgaveId", body.opgaveId()));
    }

    static String slug(String naam) {
        String plain = Normalizer.normalize(naam.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Plan a P&C moment. */
    record PlanMoment(@NotNull @Min(2000) @Max(2100) Integer jaar, @NotBlank @Size(max = 100) String naam,
                      @NotNull PcMomentSoort soort, @NotNull LocalDate peildatum, @NotNull LocalDate deadline,
                      @Size(max = 4000) String reden) {
    }

    /** Submit a voortgangsrapportage for one opgave. */
    record Rapporteer(@NotBlank @Size(max = 100) String opgaveId, @NotNull @PositiveOrZero BigDecimal begroot,
                      @NotNull @PositiveOrZero BigDecimal besteed, @NotNull @PositiveOrZero BigDecimal prognose,
                      @NotNull RapportageStatus status, @Size(max = 4000) String toelichting) {
    }
}
