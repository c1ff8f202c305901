package nl.opgaveengine.command.baten.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import nl.opgaveengine.api.baten.AcceptBaatOverdrachtCommand;
import nl.opgaveengine.api.baten.ProposeBaatOverdrachtCommand;
import nl.opgaveengine.api.baten.RecordBaatMetingCommand;
import nl.opgaveengine.api.baten.RegisterBaatCommand;
import nl.opgaveengine.command.security.CurrentUser;
import nl.opgaveengine.command.security.GlobalRole;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Commands on baten. The aggregate decides who may act: the owner, the receiver of a handover, or a global role. */
@RestController
public class BaatCommandController {

    private final CommandGateway commands;
    private final CurrentUser user;

    public BaatCommandController(CommandGateway commands, CurrentUser user) {
        this.commands = commands;
        this.user = user;
    }

    @PostMapping("/v1/opgaven/{opgaveId}/baten")
    public ResponseEntity<Map<String, Object>> registreer(@PathVariable String opgaveId,
                                                          @Valid @RequestBody BaatRequests.RegistreerBaat body) {
        String baatId = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterBaatCommand(baatId, opgaveId, body.titel().trim(), body.doel().trim(),
                body.indicator().trim(), body.eenheid(), body.nulmeting(), body.streefwaarde(), body.streefdatum(),
                body.eigenaar().trim(), body.inspanningen(), user.attribution(globalRole(), body.reden())));
        return ResponseEntity.created(URI.create("/v1/baten/" + baatId))
                .body(Map.of("baatId", baatId, "opgaveId", opgaveId));
    }

    @PostMapping("/v1/baten/{baatId}/metingen")
    public ResponseEntity<Map<String, Object>> meting(@PathVariable String baatId,
                                                      @Valid @RequestBody BaatRequests.LegMetingVast body) {
        commands.sendAndWait(new RecordBaatMetingCommand(baatId, body.soort(), body.peildatum(), body.waarde(),
                user.attribution(globalRole(), body.toelichting())));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("baatId", baatId, "soort", body.soort(),
                "peildatum", body.peildatum().toString()));
    }

    @PostMapping("/v1/baten/{baatId}/overdrachten")
    public ResponseEntity<Map<String, Object>> stelOverdrachtVoor(@PathVariable String baatId,
                                                                  @Valid @RequestBody BaatRequests.StelOverdrachtVoor body) {
        commands.sendAndWait(new ProposeBaatOverdrachtCommand(baatId, body.ontvanger().trim(), body.ontvangerSoort(),
                body.organisatie(), user.attribution(globalRole(), body.reden())));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("baatId", baatId, "ontvanger", body.ontvanger().trim()));
    }

    @PostMapping("/v1/baten/{baatId}/overdrachten/_accepteren")
    public Map<String, Object> accepteerOverdracht(@PathVariable String baatId,
                                                   @Valid @RequestBody(required = false) BaatRequests.AccepteerOverdracht body) {
        commands.sendAndWait(new AcceptBaatOverdrachtCommand(baatId,
                user.attribution(null, body == null ? null : body.reden())));
        return Map.of("baatId", baatId, "eigenaar", user.name());
    }

    private String globalRole() {
        if (user.has(GlobalRole.PROJECTBUREAU)) {
            return GlobalRole.PROJECTBUREAU.name();
        }
        return user.has(GlobalRole.CONTROLLER) ? GlobalRole.CONTROLLER.name() : null;
    }
}
