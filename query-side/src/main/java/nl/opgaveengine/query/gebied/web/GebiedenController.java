package nl.opgaveengine.query.gebied.web;

import static nl.opgaveengine.query.web.QueryParameters.optionalEnum;

import java.util.List;
import nl.opgaveengine.api.gebied.GebiedSoort;
import nl.opgaveengine.query.gebied.GebiedsbeeldRepository;
import nl.opgaveengine.query.web.ApiVersion;
import nl.opgaveengine.query.web.ViewProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Serves the list of areas and, per area, everything running there (gebiedsgericht werken). */
@RestController
public class GebiedenController {

    private final GebiedsbeeldRepository repository;

    public GebiedenController(GebiedsbeeldRepository repository) {
        this.repository = repository;
    }

    /** The areas. */
    public record GebiedenResponse(List<GebiedsbeeldRepository.Gebied> gebieden) {
    }

    @GetMapping("/v1/gebieden")
    public ResponseEntity<GebiedenResponse> gebieden(@RequestParam(required = false) String soort) {
        GebiedSoort s = optionalEnum("soort", soort, GebiedSoort.class);
        return ApiVersion.ok(new GebiedenResponse(repository.gebieden(s == null ? null : s.name())));
    }

    @GetMapping("/v1/gebieden/{code}")
    public ResponseEntity<GebiedsbeeldRepository.Gebiedsbeeld> gebiedsbeeld(@PathVariable String code) {
        return ApiVersion.ok(repository.gebiedsbeeld(code).orElseThrow(() -> ViewProblemException.notFound(
                "Gebied niet gevonden", "code", code, "Gebied " + code + " staat niet op de lijst van gebieden.")));
    }
}
