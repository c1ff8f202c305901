package nl.opgaveengine.query.verantwoording.web;

import nl.opgaveengine.api.opgave.Rol;
import nl.opgaveengine.query.opgave.BesluitSoort;
import nl.opgaveengine.query.support.Pagina;
import nl.opgaveengine.query.verantwoording.BesluitFilter;
import nl.opgaveengine.query.verantwoording.Verantwoording;
import nl.opgaveengine.query.verantwoording.VerantwoordingRepository;
import nl.opgaveengine.query.web.ApiVersion;
import nl.opgaveengine.query.web.InvalidQueryParameterException;
import nl.opgaveengine.query.web.OpgaveNotFoundException;
import nl.opgaveengine.query.web.Paginering;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

import static nl.opgaveengine.query.web.QueryParameters.optionalBoolean;
import static nl.opgaveengine.query.web.QueryParameters.optionalEnum;
import static nl.opgaveengine.query.web.QueryParameters.optionalInstant;
import static nl.opgaveengine.query.web.QueryParameters.optionalText;
import static nl.opgaveengine.query.web.QueryParameters.pagina;
import static nl.opgaveengine.query.web.QueryParameters.paginaGrootte;
import static nl.opgaveengine.query.web.QueryParameters.requireOrder;

/** Serves the accountability view: per opgave, decisions across opgaven (per person or role), mandates per person. */
@RestController
public class VerantwoordingController {

    private final VerantwoordingRepository repository;

    public VerantwoordingController(VerantwoordingRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/v1/opgaven/{opgaveId}/verantwoording")
    public ResponseEntity<Verantwoording> verantwoording(@PathVariable String opgaveId,
                                                         @RequestParam(required = false) String persoon,
                                                         @RequestParam(required = false) String rol) {
        String rolFilter = rol(rol);
        return ApiVersion.ok(repository.find(opgaveId, optionalText(persoon), rolFilter)
                .orElseThrow(() -> new OpgaveNotFoundException(opgaveId)));
    }

    @GetMapping("/v1/besluiten")
    public ResponseEntity<BesluitenResponse> besluiten(@RequestParam(required = false) String opgaveId,
                                                       @RequestParam(required = false) String persoon,
                                                       @RequestParam(required = false) String rol,
                                                       @RequestParam(required = false) String soort,
                                                       @RequestParam(required = false) String afwijkend,
                                                       @RequestParam(required = false) String van,
                                                       @RequestParam(required = false) String tot,
                                                       @RequestParam(required = false) String pagina,
                                                       @RequestParam(required = false) String paginaGrootte) {
        Instant vanaf = optionalInstant("van", van);
        Instant totaan = optionalInstant("tot", tot);
        requireOrder(vanaf, totaan);
        BesluitSoort besluitSoort = optionalEnum("soort", soort, BesluitSoort.class);
        BesluitFilter filter = new BesluitFilter(optionalText(opgaveId), optionalText(persoon), rol(rol),
                besluitSoort == null ? null : besluitSoort.name(), optionalBoolean("afwijkend", afwijkend), vanaf, totaan);
        Pagina<Verantwoording.Besluit> result = repository.besluiten(filter, pagina(pagina), paginaGrootte(paginaGrootte));
        return ApiVersion.ok(new BesluitenResponse(result.regels(), Paginering.of(result)));
    }

    @GetMapping("/v1/mandaten")
    public ResponseEntity<MandatenResponse> mandaten(@RequestParam(required = false) String persoon) {
        String wie = optionalText(persoon);
        if (wie == null) {
            throw new InvalidQueryParameterException("persoon", "", "de parameter is verplicht.");
        }
        return ApiVersion.ok(new MandatenResponse(wie, repository.mandatenVan(wie)));
    }

    /** An opgave role or a global role (PROJECTBUREAU, CONTROLLER, PROCESMODEL, ...): letters and underscores only. */
    private static String rol(String rol) {
        String value = optionalText(rol);
        if (value == null) {
            return null;
        }
        if (!value.matches("[A-Za-z_]{1,100}")) {
            throw new InvalidQueryParameterException("rol", rol, "een rolnaam zoals " + Rol.AMBTELIJK_OPDRACHTGEVER
                    + " of PROJECTBUREAU is vereist.");
        }
        return value.toUpperCase(java.util.Locale.ROOT);
    }

    /** Decisions across opgaven, one page. */
    public record BesluitenResponse(List<Verantwoording.Besluit> besluiten, Paginering pagina) {
    }

    /** Every role a person held, on any opgave. */
    public record MandatenResponse(String persoon, List<Verantwoording.Mandaat> mandaten) {
    }
}
