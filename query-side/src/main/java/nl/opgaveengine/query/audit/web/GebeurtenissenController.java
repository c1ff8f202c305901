package nl.opgaveengine.query.audit.web;

import nl.opgaveengine.query.audit.AuditExport;
import nl.opgaveengine.query.audit.AuditService;
import nl.opgaveengine.query.audit.Gebeurtenis;
import nl.opgaveengine.query.audit.GebeurtenisFilter;
import nl.opgaveengine.query.audit.GebeurtenissenRepository;
import nl.opgaveengine.query.audit.OpgaveToestand;
import nl.opgaveengine.query.support.Csv;
import nl.opgaveengine.query.support.JsonText;
import nl.opgaveengine.query.support.Pagina;
import nl.opgaveengine.query.web.ApiVersion;
import nl.opgaveengine.query.web.InvalidQueryParameterException;
import nl.opgaveengine.query.web.OpgaveNotFoundException;
import nl.opgaveengine.query.web.Paginering;
import nl.opgaveengine.query.web.ViewProblemException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static nl.opgaveengine.query.web.QueryParameters.optionalInstant;
import static nl.opgaveengine.query.web.QueryParameters.optionalText;
import static nl.opgaveengine.query.web.QueryParameters.pagina;
import static nl.opgaveengine.query.web.QueryParameters.paginaGrootte;
import static nl.opgaveengine.query.web.QueryParameters.requireOrder;
import static nl.opgaveengine.query.web.QueryParameters.requiredInstant;

/**
 * The audit endpoints: the event history of one opgave and of all opgaven (filtered by type, actor, role and time),
 * the state of an opgave as it was known at a moment, and the auditor export (JSON, or the events as CSV).
 */
@RestController
public class GebeurtenissenController {

    private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final List<String> CSV_HEADER = List.of("globalePositie", "aggregaatType", "aggregaatId",
            "volgnummer", "eventId", "type", "revisie", "tijdstip", "opgeslagenOp", "actor", "rol", "reden", "payload",
            "metadata");

    private final GebeurtenissenRepository repository;
    private final AuditService audit;
    private final Clock clock;

    public GebeurtenissenController(GebeurtenissenRepository repository, AuditService audit,
                                    ObjectProvider<Clock> clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/v1/opgaven/{opgaveId}/gebeurtenissen")
    public ResponseEntity<GebeurtenissenResponse> gebeurtenissen(@PathVariable String opgaveId,
                                                                 @RequestParam(required = false) String type,
                                                                 @RequestParam(required = false) String actor,
                                                                 @RequestParam(required = false) String rol,
                                                                 @RequestParam(required = false) String van,
                                                                 @RequestParam(required = false) String tot) {
        GebeurtenisFilter filter = filter(opgaveId, type, actor, rol, van, tot);
        if (!repository.knows(opgaveId)) {
            throw new OpgaveNotFoundException(opgaveId);
        }
        return ApiVersion.ok(new GebeurtenissenResponse(opgaveId, repository.find(filter)));
    }

    @GetMapping("/v1/gebeurtenissen")
    public ResponseEntity<AlleGebeurtenissenResponse> alle(@RequestParam(required = false) String opgaveId,
                                                           @RequestParam(required = false) String type,
                                                           @RequestParam(required = false) String actor,
                                                           @RequestParam(required = false) String rol,
                                                           @RequestParam(required = false) String van,
                                                           @RequestParam(required = false) String tot,
                                                           @RequestParam(required = false) String pagina,
                                                           @RequestParam(required = false) String paginaGrootte) {
        GebeurtenisFilter filter = filter(optionalText(opgaveId), type, actor, rol, van, tot);
        Pagina<Gebeurtenis> result = repository.find(filter, pagina(pagina), paginaGrootte(paginaGrootte));
        return ApiVersion.ok(new AlleGebeurtenissenResponse(result.regels(), Paginering.of(result)));
    }

    @GetMapping("/v1/opgaven/{opgaveId}/toestand")
    public ResponseEntity<OpgaveToestand> toestand(@PathVariable String opgaveId,
                                                   @RequestParam(required = false) String peilmoment) {
        Instant moment = peilmoment == null || peilmoment.isBlank() ? clock.instant()
                : requiredInstant("peilmoment", peilmoment);
        return ApiVersion.ok(audit.asOf(opgaveId, moment).orElseThrow(() -> audit.firstMoment(opgaveId)
                .<RuntimeException>map(first -> new ViewProblemException(HttpStatus.NOT_FOUND,
                        "Opgave bestond nog niet", "Opgave '" + opgaveId + "' bestond op " + moment
                        + " nog niet: de eerste gebeurtenis is van " + first + ".",
                        Map.of("opgaveId", opgaveId, "peilmoment", moment.toString(), "bestaatSinds", first.toString())))
                .orElseGet(() -> new OpgaveNotFoundException(opgaveId))));
    }

    @GetMapping(value = "/v1/opgaven/{opgaveId}/auditexport", produces = {MediaType.APPLICATION_JSON_VALUE, "*/*"})
    public ResponseEntity<AuditExport> export(@PathVariable String opgaveId) {
        AuditExport export = audit.export(opgaveId, clock.instant()).orElseThrow(() -> new OpgaveNotFoundException(opgaveId));
        return ResponseEntity.ok()
                .header(ApiVersion.HEADER, ApiVersion.VALUE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"auditexport-" + opgaveId + ".json\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(export);
    }

    @GetMapping(value = "/v1/opgaven/{opgaveId}/auditexport", produces = "text/csv")
    public ResponseEntity<byte[]> exportCsv(@PathVariable String opgaveId) {
        List<Gebeurtenis> events = repository.findByOpgave(opgaveId);
        if (events.isEmpty()) {
            throw new OpgaveNotFoundException(opgaveId);
        }
        StringBuilder csv = new StringBuilder(Csv.line(CSV_HEADER));
        events.forEach(e -> csv.append(Csv.line(Arrays.asList(e.globalePositie(), e.aggregaatType(), e.aggregaatId(),
                e.volgnummer(), e.id(), e.type(), e.revisie(), e.tijdstip(), e.opgeslagenOp(), e.actor(), e.rol(),
                e.reden(), JsonText.write(e.payload()), e.metadata() == null ? null : JsonText.write(e.metadata())))));
        return ResponseEntity.ok()
                .header(ApiVersion.HEADER, ApiVersion.VALUE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"auditexport-" + opgaveId + ".csv\"")
                .contentType(TEXT_CSV)
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static GebeurtenisFilter filter(String opgaveId, String type, String actor, String rol, String van,
                                            String tot) {
        Instant vanaf = optionalInstant("van", van);
        Instant totaan = optionalInstant("tot", tot);
        requireOrder(vanaf, totaan);
        String eventType = optionalText(type);
        if (eventType != null && !eventType.matches("[A-Za-z][A-Za-z0-9]{0,199}")) {
            throw new InvalidQueryParameterException("type", type, "de naam van een gebeurtenistype, zoals GateDecidedEvent.");
        }
        return new GebeurtenisFilter(opgaveId, eventType, optionalText(actor),
                optionalText(rol) == null ? null : optionalText(rol).toUpperCase(java.util.Locale.ROOT), vanaf, totaan);
    }

    /** The response body: the opgave and its events in order. */
    public record GebeurtenissenResponse(String opgaveId, List<Gebeurtenis> gebeurtenissen) {
    }

    /** One page of events across opgaven. */
    public record AlleGebeurtenissenResponse(List<Gebeurtenis> gebeurtenissen, Paginering pagina) {
    }
}
