package nl.opgaveengine.query.leren.web;

import static nl.opgaveengine.query.web.QueryParameters.intInRange;
import static nl.opgaveengine.query.web.QueryParameters.optionalEnum;
import static nl.opgaveengine.query.web.QueryParameters.optionalText;
import static nl.opgaveengine.query.web.QueryParameters.pagina;
import static nl.opgaveengine.query.web.QueryParameters.paginaGrootte;

import java.util.List;
import nl.opgaveengine.api.leren.GotikAspect;
import nl.opgaveengine.api.leren.LesBron;
import nl.opgaveengine.api.opgave.Procesveld;
import nl.opgaveengine.api.opgave.Werkwijze;
import nl.opgaveengine.query.leren.LessenRepository;
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

/** Serves the lessons register and the lessons of similar opgaven offered at the intake of an opgave. */
@RestController
public class LessenController {

    private final LessenRepository repository;

    public LessenController(LessenRepository repository) {
        this.repository = repository;
    }

    /** A page of the register. */
    public record LessenResponse(List<LessenRepository.Les> lessen, Paginering pagina) {
    }

    /** The lessons offered to an opgave, and how many of them were read for it. */
    public record AangebodenResponse(String opgaveId, int aantalGelezen, List<LessenRepository.Aangeboden> lessen) {
    }

    @GetMapping("/v1/lessen")
    public ResponseEntity<LessenResponse> zoek(@RequestParam(required = false) String zoekterm,
                                               @RequestParam(required = false) String thema,
                                               @RequestParam(required = false) String gebied,
                                               @RequestParam(required = false) String werkwijze,
                                               @RequestParam(required = false) String veld,
                                               @RequestParam(required = false) String gotikAspect,
                                               @RequestParam(required = false) String bron,
                                               @RequestParam(required = false) String opgaveId,
                                               @RequestParam(required = false) String pagina,
                                               @RequestParam(required = false) String paginaGrootte) {
        LessenRepository.Filter filter = new LessenRepository.Filter(optionalText(zoekterm), optionalText(thema),
                optionalText(gebied), name(optionalEnum("werkwijze", werkwijze, Werkwijze.class)),
                name(optionalEnum("veld", veld, Procesveld.class)),
                name(optionalEnum("gotikAspect", gotikAspect, GotikAspect.class)),
                name(optionalEnum("bron", bron, LesBron.class)), optionalText(opgaveId));
        Pagina<LessenRepository.Les> page = repository.zoek(filter, pagina(pagina), paginaGrootte(paginaGrootte));
        return ApiVersion.ok(new LessenResponse(page.regels(), Paginering.of(page)));
    }

    @GetMapping("/v1/lessen/{lesId}")
    public ResponseEntity<LessenRepository.Les> les(@PathVariable String lesId) {
        return ApiVersion.ok(repository.les(lesId).orElseThrow(() -> ViewProblemException.notFound("Les niet gevonden",
                "lesId", lesId, "Les " + lesId + " bestaat niet.")));
    }

    @GetMapping("/v1/opgaven/{opgaveId}/aangeboden-lessen")
    public ResponseEntity<AangebodenResponse> aangeboden(@PathVariable String opgaveId,
                                                         @RequestParam(required = false) String maximum) {
        if (!repository.opgaveBekend(opgaveId)) {
            throw new OpgaveNotFoundException(opgaveId);
        }
        List<LessenRepository.Aangeboden> lessen = repository.aangeboden(opgaveId,
                intInRange("maximum", maximum, 20, 1, 100));
        return ApiVersion.ok(new AangebodenResponse(opgaveId,
                (int) lessen.stream().filter(LessenRepository.Aangeboden::gelezen).count(), lessen));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
