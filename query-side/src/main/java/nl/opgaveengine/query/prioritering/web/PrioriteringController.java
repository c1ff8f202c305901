package nl.opgaveengine.query.prioritering.web;

import static nl.opgaveengine.query.web.QueryParameters.optionalBoolean;
import static nl.opgaveengine.query.web.QueryParameters.optionalEnum;
import static nl.opgaveengine.query.web.QueryParameters.optionalText;
import static nl.opgaveengine.query.web.QueryParameters.pagina;
import static nl.opgaveengine.query.web.QueryParameters.paginaGrootte;

import java.util.List;
import nl.opgaveengine.api.portfolio.AgendapuntSoort;
import nl.opgaveengine.api.portfolio.KeuzeUitkomst;
import nl.opgaveengine.query.prioritering.PrioriteringRepository;
import nl.opgaveengine.query.prioritering.PrioriteringViews;
import nl.opgaveengine.query.support.Pagina;
import nl.opgaveengine.query.web.ApiVersion;
import nl.opgaveengine.query.web.OpgaveNotFoundException;
import nl.opgaveengine.query.web.Paginering;
import nl.opgaveengine.query.web.ViewProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Serves the strategic agenda, the prioritisation rounds and the prioritised portfolio. */
@RestController
public class PrioriteringController {

    private final PrioriteringRepository repository;

    public PrioriteringController(PrioriteringRepository repository) {
        this.repository = repository;
    }

    /** The agenda items. */
    public record AgendapuntenResponse(List<PrioriteringViews.Agendapunt> agendapunten) {
    }

    /** A page of rounds. */
    public record RondesResponse(List<PrioriteringViews.RondeRegel> rondes, Paginering pagina) {
    }

    /** A page of the prioritised portfolio. */
    public record PrioriteitenResponse(List<PrioriteringViews.Prioriteit> opgaven, Paginering pagina) {
    }

    @GetMapping("/v1/agendapunten")
    public ResponseEntity<AgendapuntenResponse> agendapunten(@RequestParam(required = false) String soort,
                                                             @RequestParam(required = false) String ookIngetrokken) {
        AgendapuntSoort s = optionalEnum("soort", soort, AgendapuntSoort.class);
        Boolean alle = optionalBoolean("ookIngetrokken", ookIngetrokken);
        return ApiVersion.ok(new AgendapuntenResponse(repository.agendapunten(s == null ? null : s.name(),
                Boolean.TRUE.equals(alle))));
    }

    @GetMapping("/v1/prioriteringsrondes")
    public ResponseEntity<RondesResponse> rondes(@RequestParam(required = false) String status,
                                                 @RequestParam(required = false) String pagina,
                                                 @RequestParam(required = false) String paginaGrootte) {
        String st = optionalText(status);
        if (st != null && !List.of("OPEN", "BESLOTEN").contains(st.toUpperCase())) {
            throw new nl.opgaveengine.query.web.InvalidQueryParameterException("status", status,
                    "toegestaan zijn OPEN, BESLOTEN.");
        }
        Pagina<PrioriteringViews.RondeRegel> page = repository.rondes(st == null ? null : st.toUpperCase(),
                pagina(pagina), paginaGrootte(paginaGrootte));
        return ApiVersion.ok(new RondesResponse(page.regels(), Paginering.of(page)));
    }

    @GetMapping("/v1/prioriteringsrondes/{rondeId}")
    public ResponseEntity<PrioriteringViews.Ronde> ronde(@PathVariable String rondeId) {
        return ApiVersion.ok(repository.ronde(rondeId).orElseThrow(() -> ViewProblemException.notFound(
                "Prioriteringsronde niet gevonden", "rondeId", rondeId, "Prioriteringsronde " + rondeId + " bestaat niet.")));
    }

    @GetMapping("/v1/portfolio/prioriteiten")
    public ResponseEntity<PrioriteitenResponse> prioriteiten(@RequestParam(required = false) String agendapuntId,
                                                             @RequestParam(required = false) String keuze,
                                                             @RequestParam(required = false) String pagina,
                                                             @RequestParam(required = false) String paginaGrootte) {
        KeuzeUitkomst k = optionalEnum("keuze", keuze, KeuzeUitkomst.class);
        Pagina<PrioriteringViews.Prioriteit> page = repository.prioriteiten(optionalText(agendapuntId),
                k == null ? null : k.name(), pagina(pagina), paginaGrootte(paginaGrootte));
        return ApiVersion.ok(new PrioriteitenResponse(page.regels(), Paginering.of(page)));
    }

    @GetMapping("/v1/opgaven/{opgaveId}/prioriteit")
    public ResponseEntity<PrioriteringViews.Prioriteit> prioriteit(@PathVariable String opgaveId) {
        return ApiVersion.ok(repository.prioriteit(opgaveId).orElseThrow(() -> new OpgaveNotFoundException(opgaveId)));
    }
}
