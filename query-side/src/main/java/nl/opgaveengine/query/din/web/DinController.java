package nl.opgaveengine.query.din.web;

import nl.opgaveengine.query.din.DinView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /v1/opgaven/{id}/din}: the goals of a programme with rolled-up progress, and its efforts. */
@RestController
public class DinController {

    private final DinView view;

    public DinController(DinView view) {
        this.view = view;
    }

    @GetMapping("/v1/opgaven/{opgaveId}/din")
    public DinView.Netwerk din(@PathVariable String opgaveId) {
        return view.netwerk(opgaveId);
    }
}
