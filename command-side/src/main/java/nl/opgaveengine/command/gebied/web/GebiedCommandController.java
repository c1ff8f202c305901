package nl.opgaveengine.command.gebied.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Map;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.api.gebied.GebiedKeys;
import nl.opgaveengine.api.gebied.GebiedSoort;
import nl.opgaveengine.api.gebied.RegisterGebiedCommand;
import nl.opgaveengine.command.portfolio.KnownAggregates;
import nl.opgaveengine.command.security.CurrentUser;
import nl.opgaveengine.command.security.GlobalRole;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Adds areas (wijken, buurten) to the municipality's configurable list. */
@RestController
public class GebiedCommandController {

    private final CommandGateway commands;
    private final CurrentUser user;
    private final KnownAggregates aggregates;

    public GebiedCommandController(CommandGateway commands, CurrentUser user, KnownAggregates aggregates) {
        this.commands = commands;
        this.user = user;
        this.aggregates = aggregates;
    }

    /** A new area: its code (as opgaven and initiatives name it), name, kind, and the wijk a buurt lies in. */
    public record NieuwGebied(@NotBlank @Size(max = 100) @Pattern(regexp = "[\\p{L}0-9][\\p{L}0-9 _-]*") String code,
                              @NotBlank @Size(max = 200) String naam, @NotNull GebiedSoort soort,
                              @Size(max = 100) String bovenliggendGebied) {
    }

    @PostMapping("/v1/gebieden")
    public ResponseEntity<Map<String, Object>> voegToe(@Valid @RequestBody NieuwGebied body) {
        String code = body.code().trim();
        if (aggregates.exists(GebiedKeys.of(code))) {
            throw new BusinessRuleException(ErrorCode.GEBIED_EXISTS, "Gebied " + code + " staat al op de lijst.",
                    Map.of("veld", "code"));
        }
        String role = user.has(GlobalRole.BEHEERDER) ? GlobalRole.BEHEERDER.name()
                : user.has(GlobalRole.PROJECTBUREAU) ? GlobalRole.PROJECTBUREAU.name() : null;
        commands.sendAndWait(new RegisterGebiedCommand(GebiedKeys.of(code), code, body.naam().trim(), body.soort(),
                body.bovenliggendGebied() == null || body.bovenliggendGebied().isBlank() ? null
                        : body.bovenliggendGebied().trim(), user.attribution(role, null)));
        return ResponseEntity.created(URI.create("/v1/gebieden/" + code)).body(Map.of("code", code,
                "naam", body.naam().trim(), "soort", body.soort().name()));
    }
}
