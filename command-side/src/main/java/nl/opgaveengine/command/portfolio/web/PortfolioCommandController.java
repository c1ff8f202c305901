package nl.opgaveengine.command.portfolio.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.api.portfolio.AddAgendapuntCommand;
import nl.opgaveengine.api.portfolio.Criterium;
import nl.opgaveengine.api.portfolio.DecidePrioriteringCommand;
import nl.opgaveengine.api.portfolio.Keuze;
import nl.opgaveengine.api.portfolio.LinkOpgaveAgendapuntCommand;
import nl.opgaveengine.api.portfolio.OpenPrioriteringsrondeCommand;
import nl.opgaveengine.api.portfolio.ScoreOpgaveCommand;
import nl.opgaveengine.api.portfolio.StrategischeAgendaIds;
import nl.opgaveengine.api.portfolio.UnlinkOpgaveAgendapuntCommand;
import nl.opgaveengine.api.portfolio.WithdrawAgendapuntCommand;
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

/** Commands of portfoliosturing: the strategic agenda, links of opgaven to it, and prioritisation rounds. */
@RestController
public class PortfolioCommandController {

    private final CommandGateway commands;
    private final CurrentUser user;
    private final KnownAggregates aggregates;

    public PortfolioCommandController(CommandGateway commands, CurrentUser user, KnownAggregates aggregates) {
        this.commands = commands;
        this.user = user;
        this.aggregates = aggregates;
    }

    @PostMapping("/v1/agendapunten")
    public ResponseEntity<Map<String, Object>> voegToe(@Valid @RequestBody PortfolioRequests.NieuwAgendapunt body) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new AddAgendapuntCommand(StrategischeAgendaIds.AGENDA, id, body.soort(),
                body.naam().trim(), body.omschrijving(), blankToNull(body.bovenliggendId()),
                user.attribution(role(GlobalRole.COLLEGE, GlobalRole.PROJECTBUREAU), body.reden())));
        return ResponseEntity.created(URI.create("/v1/agendapunten/" + id))
                .body(Map.of("agendapuntId", id, "soort", body.soort().name(), "naam", body.naam().trim()));
    }

    @PostMapping("/v1/agendapunten/{agendapuntId}/_intrekken")
    public Map<String, Object> trekIn(@PathVariable String agendapuntId,
                                      @Valid @RequestBody PortfolioRequests.TrekIn body) {
        aggregates.require(StrategischeAgendaIds.AGENDA, ErrorCode.AGENDAPUNT_NOT_FOUND, "Agendapunt",
                "agendapuntId");
        commands.sendAndWait(new WithdrawAgendapuntCommand(StrategischeAgendaIds.AGENDA, agendapuntId,
                user.attribution(role(GlobalRole.COLLEGE, GlobalRole.PROJECTBUREAU), body.reden())));
        return Map.of("agendapuntId", agendapuntId, "status", "INGETROKKEN");
    }

    @PostMapping("/v1/opgaven/{opgaveId}/agendapunten")
    public ResponseEntity<Map<String, Object>> koppel(@PathVariable String opgaveId,
                                                      @Valid @RequestBody PortfolioRequests.Koppel body) {
        aggregates.require(StrategischeAgendaIds.AGENDA, ErrorCode.AGENDAPUNT_NOT_FOUND, "Agendapunt",
                "agendapuntId");
        commands.sendAndWait(new LinkOpgaveAgendapuntCommand(StrategischeAgendaIds.AGENDA, body.agendapuntId().trim(),
                opgaveId, user.attribution(role(GlobalRole.PROJECTBUREAU), body.reden())));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of("opgaveId", opgaveId, "agendapuntId", body.agendapuntId().trim()));
    }

    @PostMapping("/v1/opgaven/{opgaveId}/agendapunten/{agendapuntId}/_ontkoppelen")
    public Map<String, Object> ontkoppel(@PathVariable String opgaveId, @PathVariable String agendapuntId,
                                         @Valid @RequestBody PortfolioRequests.TrekIn body) {
        aggregates.require(StrategischeAgendaIds.AGENDA, ErrorCode.AGENDAPUNT_NOT_FOUND, "Agendapunt",
                "agendapuntId");
        commands.sendAndWait(new UnlinkOpgaveAgendapuntCommand(StrategischeAgendaIds.AGENDA, agendapuntId, opgaveId,
                user.attribution(role(GlobalRole.PROJECTBUREAU), body.reden())));
        return Map.of("opgaveId", opgaveId, "agendapuntId", agendapuntId, "status", "ONTKOPPELD");
    }

    @PostMapping("/v1/prioriteringsrondes")
    public ResponseEntity<Map<String, Object>> openRonde(@Valid @RequestBody PortfolioRequests.NieuweRonde body) {
        String rondeId = UUID.randomUUID().toString();
        commands.sendAndWait(new OpenPrioriteringsrondeCommand(rondeId, body.naam().trim(), body.criteria().stream()
                .map(c -> new Criterium(c.code(), c.naam().trim(), c.gewicht(), c.richting())).toList(),
                user.attribution(role(GlobalRole.PROJECTBUREAU), body.reden())));
        return ResponseEntity.created(URI.create("/v1/prioriteringsrondes/" + rondeId))
                .body(Map.of("rondeId", rondeId, "naam", body.naam().trim(), "status", "OPEN"));
    }

    @PostMapping("/v1/prioriteringsrondes/{rondeId}/scores")
    public ResponseEntity<Map<String, Object>> score(@PathVariable String rondeId,
                                                     @Valid @RequestBody PortfolioRequests.Score body) {
        requireRonde(rondeId);
        commands.sendAndWait(new ScoreOpgaveCommand(rondeId, body.opgaveId().trim(), body.scores(),
                user.attribution(role(GlobalRole.PROJECTBUREAU), body.toelichting())));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("rondeId", rondeId, "opgaveId", body.opgaveId().trim()));
    }

    @PostMapping("/v1/prioriteringsrondes/{rondeId}/besluit")
    public ResponseEntity<Map<String, Object>> besluit(@PathVariable String rondeId,
                                                       @Valid @RequestBody PortfolioRequests.Besluit body) {
        requireRonde(rondeId);
        commands.sendAndWait(new DecidePrioriteringCommand(rondeId, body.keuzes().stream()
                .map(k -> new Keuze(k.opgaveId().trim(), k.uitkomst(), k.reden().trim())).toList(),
                user.attribution(role(GlobalRole.COLLEGE), body.reden())));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("rondeId", rondeId, "status", "BESLOTEN"));
    }

    private void requireRonde(String rondeId) {
        aggregates.require(rondeId, ErrorCode.RONDE_NOT_FOUND, "Prioriteringsronde", "rondeId");
    }

    /** The first of the roles the user holds, or null (the aggregate then refuses naming the role it needs). */
    private String role(GlobalRole... roles) {
        for (GlobalRole role : roles) {
            if (user.has(role)) {
                return role.name();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
