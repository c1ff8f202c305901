package nl.opgaveengine.query.opgave.web;

import nl.opgaveengine.query.opgave.OpgaveDetail;
import nl.opgaveengine.query.opgave.OpgaveDetailRepository;
import nl.opgaveengine.query.web.ApiVersion;
import nl.opgaveengine.query.web.OpgaveNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves {@code GET /v1/opgaven/{opgaveId}}: the detail of one opgave. */
@RestController
public class OpgaveDetailController {

    private final OpgaveDetailRepository repository;

    public OpgaveDetailController(OpgaveDetailRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/v1/opgaven/{opgaveId}")
    public ResponseEntity<OpgaveDetail> detail(@PathVariable String opgaveId) {
        return ApiVersion.ok(repository.find(opgaveId).orElseThrow(() -> new OpgaveNotFoundException(opgaveId)));
    }
}
