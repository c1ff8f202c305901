package nl.opgaveengine.command.initiatief.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.api.initiatief.AnswerInitiatiefnemerCommand;
import nl.opgaveengine.api.initiatief.AssessInitiatiefCommand;
import nl.opgaveengine.api.initiatief.ConvertInitiatiefCommand;
import nl.opgaveengine.api.initiatief.InitiatiefkaderIds;
import nl.opgaveengine.api.initiatief.PublishKadersCommand;
import nl.opgaveengine.api.initiatief.SubmitInitiatiefCommand;
import nl.opgaveengine.api.initiatief.Toetsing;
import nl.opgaveengine.command.portfolio.KnownAggregates;
import nl.opgaveengine.command.security.CurrentUser;
import nl.opgaveengine.command.security.GlobalRole;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Commands of uitnodigen binnen kaders: frames, submission, assessment, answer, and conversion into an opgave. */
@RestController
public class InitiatiefCommandController {

    private final CommandGateway commands;
    private final CurrentUser user;
    private final KnownAggregates aggregates;

    public InitiatiefCommandController(CommandGateway commands, CurrentUser user, KnownAggregates aggregates) {
        this.commands = commands;
        this.user = user;
        this.aggregates = aggregates;
    }

    @PutMapping("/v1/initiatiefkaders")
    public Map<String, Object> publiceer(@Valid @RequestBody InitiatiefRequests.Kaders body) {
        commands.sendAndWait(new PublishKadersCommand(InitiatiefkaderIds.KADERS, body.inhoud(), body.actoren(),
                body.procedures(), body.ondersteuning(), user.attribution(role(GlobalRole.COLLEGE), body.reden())));
        return Map.of("kaders", InitiatiefkaderIds.KADERS, "status", "GEPUBLICEERD");
    }

    @PostMapping("/v1/initiatieven")
    public ResponseEntity<Map<String, Object>> dienIn(@Valid @RequestBody InitiatiefRequests.NieuwInitiatief body) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new SubmitInitiatiefCommand(id, body.titel().trim(), body.omschrijving().trim(),
                body.thema().trim(), body.gebied() == null || body.gebied().isBlank() ? null : body.gebied().trim(),
                body.initiatiefnemerSoort(), body.organisatie(), body.gevraagdeOndersteuning(),
                user.attribution(null, null), body.initiatiefnemerGebied() == null
                        || body.initiatiefnemerGebied().isBlank() ? null : body.initiatiefnemerGebied().trim()));
        return ResponseEntity.created(URI.create("/v1/initiatieven/" + id))
                .body(Map.of("initiatiefId", id, "status", "INGEDIEND", "initiatiefnemer", user.name()));
    }

    @PostMapping("/v1/initiatieven/{initiatiefId}/beoordeling")
    public ResponseEntity<Map<String, Object>> beoordeel(@PathVariable String initiatiefId,
                                                         @Valid @RequestBody InitiatiefRequests.Beoordeel body) {
        require(initiatiefId);
        commands.sendAndWait(new AssessInitiatiefCommand(initiatiefId, body.toetsingen().stream()
                .map(t -> new Toetsing(t.kader(), t.voldoet(), t.toelichting() == null ? null : t.toelichting().trim()))
                .toList(), body.beoordeling(), body.strategie(),
                user.attribution(role(GlobalRole.COLLEGE, GlobalRole.PROJECTBUREAU), body.reden())));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("initiatiefId", initiatiefId);
        answer.put("beoordeling", body.beoordeling().name());
        if (body.strategie() != null) {
            answer.put("strategie", body.strategie().name());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(answer);
    }

    @PostMapping("/v1/initiatieven/{initiatiefId}/antwoorden")
    public ResponseEntity<Map<String, Object>> antwoord(@PathVariable String initiatiefId,
                                                        @Valid @RequestBody InitiatiefRequests.Antwoord body) {
        require(initiatiefId);
        commands.sendAndWait(new AnswerInitiatiefnemerCommand(initiatiefId, body.antwoord().trim(),
                user.attribution(role(GlobalRole.COLLEGE, GlobalRole.PROJECTBUREAU), body.reden())));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("initiatiefId", initiatiefId));
    }

    @PostMapping("/v1/initiatieven/{initiatiefId}/_omzetten")
    public ResponseEntity<Map<String, Object>> zetOm(@PathVariable String initiatiefId,
                                                     @Valid @RequestBody(required = false) InitiatiefRequests.Omzetten body) {
        require(initiatiefId);
        String opgaveId = UUID.randomUUID().toString();
        commands.sendAndWait(new ConvertInitiatiefCommand(initiatiefId, opgaveId,
                user.attribution(role(GlobalRole.PROJECTBUREAU), body == null ? null : body.reden())));
        return ResponseEntity.created(URI.create("/v1/opgaven/" + opgaveId))
                .body(Map.of("initiatiefId", initiatiefId, "opgaveId", opgaveId));
    }

    private void require(String initiatiefId) {
        aggregates.require(initiatiefId, ErrorCode.INITIATIEF_NOT_FOUND, "Initiatief", "initiatiefId");
    }

    private String role(GlobalRole... roles) {
        for (GlobalRole role : roles) {
            if (user.has(role)) {
                return role.name();
            }
        }
        return null;
    }
}
