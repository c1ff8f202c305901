package nl.opgaveengine.query.pc.web;

import nl.opgaveengine.query.pc.PcMoment;
import nl.opgaveengine.query.pc.PcRapportageRegel;
import nl.opgaveengine.query.pc.PcRapportageRepository;
import nl.opgaveengine.query.support.Csv;
import nl.opgaveengine.query.support.Pagina;
import nl.opgaveengine.query.web.ApiVersion;
import nl.opgaveengine.query.web.InvalidQueryParameterException;
import nl.opgaveengine.query.web.Paginering;
import nl.opgaveengine.query.web.ViewProblemException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static nl.opgaveengine.query.web.QueryParameters.optionalInt;
import static nl.opgaveengine.query.web.QueryParameters.optionalText;
import static nl.opgaveengine.query.web.QueryParameters.pagina;
import static nl.opgaveengine.query.web.QueryParameters.paginaGrootte;

/** Serves the P&C calendar and, per moment, the report of every opgave, as JSON or as CSV ({@code Accept: text/csv}). */
@RestController
public class PcRapportageController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final Set<String> RAPPORTAGE = Set.of("INGEDIEND", "NA_DEADLINE_INGEDIEND", "VERWACHT", "ONTBREEKT");
    private static final List<String> CSV_HEADER = List.of("momentId", "opgaveId", "titel", "thema", "gebied",
            "werkwijze", "opgaveStatus", "rapportage", "versie", "begroot", "besteed", "restant", "besteedPercentage",
            "prognose", "prognoseAfwijking", "status", "toelichting", "ingediendOp", "ingediendDoor");

    private final PcRapportageRepository repository;
    private final Clock clock;

    public PcRapportageController(PcRapportageRepository repository, ObjectProvider<Clock> clock) {
        this.repository = repository;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/v1/pc-momenten")
    public ResponseEntity<MomentenResponse> momenten(@RequestParam(required = false) String jaar) {
        return ApiVersion.ok(new MomentenResponse(repository.momenten(optionalInt("jaar", jaar, 2000, 2100))));
    }

    @GetMapping(value = "/v1/pc-momenten/{momentId}/rapportages", produces = {MediaType.APPLICATION_JSON_VALUE, "*/*"})
    public ResponseEntity<RapportagesResponse> rapportages(@PathVariable String momentId,
                                                           @RequestParam(required = false) String thema,
                                                           @RequestParam(required = false) String rapportage,
                                                           @RequestParam(required = false) String pagina,
                                                           @RequestParam(required = false) String paginaGrootte) {
        PcMoment moment = moment(momentId);
        Pagina<PcRapportageRegel> result = repository.regels(moment, LocalDate.now(clock), optionalText(thema),
                rapportage(rapportage), pagina(pagina), paginaGrootte(paginaGrootte));
        return ApiVersion.ok(new RapportagesResponse(moment, result.regels(), Paginering.of(result)));
    }

    @GetMapping(value = "/v1/pc-momenten/{momentId}/rapportages", produces = "text/csv")
    public ResponseEntity<byte[]> rapportagesCsv(@PathVariable String momentId,
                                                 @RequestParam(required = false) String thema,
                                                 @RequestParam(required = false) String rapportage) {
        PcMoment moment = moment(momentId);
        StringBuilder csv = new StringBuilder(Csv.line(CSV_HEADER));
        String status = rapportage(rapportage);
        LocalDate vandaag = LocalDate.now(clock);
        for (int nummer = 1; ; nummer++) {
            Pagina<PcRapportageRegel> page = repository.regels(moment, vandaag, optionalText(thema), status, nummer, 1000);
            page.regels().forEach(r -> csv.append(Csv.line(java.util.Arrays.asList(moment.momentId(), r.opgaveId(),
                    r.titel(), r.thema(), r.gebied(), r.werkwijze(), r.opgaveStatus(), r.rapportage(), r.versie(),
                    r.begroot(), r.besteed(), r.restant(), r.besteedPercentage(), r.prognose(), r.prognoseAfwijking(),
                    r.status(), r.toelichting(), r.ingediendOp(), r.ingediendDoor()))));
            if (nummer >= page.totaalPaginas()) {
                break;
            }
        }
        return ResponseEntity.ok()
                .header(ApiVersion.HEADER, ApiVersion.VALUE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"pc-rapportage-" + moment.momentId() + ".csv\"")
                .contentType(TEXT_CSV)
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private PcMoment moment(String momentId) {
        return repository.moment(momentId).orElseThrow(() -> ViewProblemException.notFound("P&C-moment niet gevonden",
                "momentId", momentId, "Er is geen P&C-moment met id '" + momentId + "'."));
    }

    private static String rapportage(String value) {
        String text = optionalText(value);
        if (text == null) {
            return null;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (!RAPPORTAGE.contains(upper)) {
            throw new InvalidQueryParameterException("rapportage", value,
                    "toegestaan zijn INGEDIEND, NA_DEADLINE_INGEDIEND, VERWACHT, ONTBREEKT.");
        }
        return upper;
    }

    /** The calendar. */
    public record MomentenResponse(List<PcMoment> momenten) {
    }

    /** The report of one moment: the moment and one page of opgaven. */
    public record RapportagesResponse(PcMoment moment, List<PcRapportageRegel> rapportages, Paginering pagina) {
    }
}
