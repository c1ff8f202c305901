package nl.opgaveengine.query.baten.web;

import nl.opgaveengine.query.baten.Baat;
import nl.opgaveengine.query.baten.BaatStatus;
import nl.opgaveengine.query.baten.BatenFilter;
import nl.opgaveengine.query.baten.BatenregisterRepository;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.opgaveengine.query.web.QueryParameters.optionalEnum;
import static nl.opgaveengine.query.web.QueryParameters.optionalText;
import static nl.opgaveengine.query.web.QueryParameters.pagina;
import static nl.opgaveengine.query.web.QueryParameters.paginaGrootte;

/** Serves the batenregister: all baten (filtered, paged), one baat, and the baten of one opgave grouped by goal. */
@RestController
public class BatenregisterController {

    private final BatenregisterRepository repository;

    public BatenregisterController(BatenregisterRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/v1/baten")
    public ResponseEntity<BatenResponse> baten(@RequestParam(required = false) String opgaveId,
                                               @RequestParam(required = false) String doel,
                                               @RequestParam(required = false) String eigenaar,
                                               @RequestParam(required = false) String status,
                                               @RequestParam(required = false) String pagina,
                                               @RequestParam(required = false) String paginaGrootte) {
        BatenFilter filter = new BatenFilter(optionalText(opgaveId), optionalText(doel), optionalText(eigenaar),
                optionalEnum("status", status, BaatStatus.class));
        Pagina<Baat> result = repository.find(filter, pagina(pagina), paginaGrootte(paginaGrootte));
        return ApiVersion.ok(new BatenResponse(result.regels(), Paginering.of(result)));
    }

    @GetMapping("/v1/baten/{baatId}")
    public ResponseEntity<Baat> baat(@PathVariable String baatId) {
        return ApiVersion.ok(repository.find(baatId).orElseThrow(() -> ViewProblemException.notFound(
                "Baat niet gevonden", "baatId", baatId, "Er is geen baat met id '" + baatId + "'.")));
    }

    @GetMapping("/v1/opgaven/{opgaveId}/baten")
    public ResponseEntity<OpgaveBatenResponse> batenVanOpgave(@PathVariable String opgaveId) {
        if (!repository.knowsOpgave(opgaveId)) {
            throw new OpgaveNotFoundException(opgaveId);
        }
        List<Baat> baten = repository.find(new BatenFilter(opgaveId, null, null, null), 1, 1000).regels();
        Map<String, List<Baat>> perDoel = new LinkedHashMap<>();
        baten.forEach(b -> perDoel.computeIfAbsent(b.doel(), d -> new java.util.ArrayList<>()).add(b));
        return ApiVersion.ok(new OpgaveBatenResponse(opgaveId, perDoel.entrySet().stream()
                .map(e -> new Doel(e.getKey(), e.getValue())).toList()));
    }

    /** One page of baten. */
    public record BatenResponse(List<Baat> baten, Paginering pagina) {
    }

    /** The baten of one opgave, per DIN goal. */
    public record OpgaveBatenResponse(String opgaveId, List<Doel> doelen) {
    }

    /** A goal and the baten that serve it. */
    public record Doel(String doel, List<Baat> baten) {
    }
}
