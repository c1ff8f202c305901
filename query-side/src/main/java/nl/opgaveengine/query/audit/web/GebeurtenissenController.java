package nl.opgaveengine.query.audit.web;

import nl.opgaveengine.query.audit.Gebeurtenis;
import nl.opgaveengine.query.audit.GebeurtenissenRepository;
import nl.opgaveengine.query.web.ApiVersion;
import nl.opgaveengine.query.web.OpgaveNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Serves {@code GET /v1/opgaven/{opgaveId}/gebeurtenissen}: the event history of one opgave. */
@RestController
public class GebeurtenissenController {

    private final GebeurtenissenRepository repository;

    public GebeurtenissenController(GebeurtenissenRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/v1/opgaven/{opgaveId}/gebeurtenissen")
    public ResponseEntity<GebeurtenissenResponse> gebeurtenissen(@PathVariable String opgaveId) {
        List<Gebeurtenis> gebeurtenissen = repository.findByOpgave(opgaveId);
        if (gebeurtenissen.isEmpty()) {
            throw new OpgaveNotFoundException(opgaveId);
        }
        return ApiVersion.ok(new GebeurtenissenResponse(opgaveId, gebeurtenissen));
    }

    /** The response body: the opgave and its events in order. */
    public record GebeurtenissenResponse(String opgaveId, List<Gebeurtenis> gebeurtenissen) {
    }
}
