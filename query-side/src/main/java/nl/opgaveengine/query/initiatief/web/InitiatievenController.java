package nl.opgaveengine.query.initiatief.web;

import static nl.opgaveengine.query.web.QueryParameters.optionalText;
import static nl.opgaveengine.query.web.QueryParameters.pagina;
import static nl.opgaveengine.query.web.QueryParameters.paginaGrootte;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.opgaveengine.query.initiatief.InitiatievenRepository;
import nl.opgaveengine.query.support.Pagina;
import nl.opgaveengine.query.web.ApiVersion;
import nl.opgaveengine.query.web.InvalidQueryParameterException;
import nl.opgaveengine.query.web.Paginering;
import nl.opgaveengine.query.web.ViewProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the published frames (to everyone signed in) and the initiatives: the municipality's roles see all of them,
 * an initiator sees their own — and only their own — with its status and the municipality's answers.
 */
@RestController
public class InitiatievenController {

    /** Global roles that see every initiative. */
    static final List<String> GEMEENTE_ROLLEN = List.of("PROJECTBUREAU", "COLLEGE", "GEBIEDSMANAGER", "CONTROLLER");
    private static final Set<String> STATUSSEN = Set.of("INGEDIEND", "AANVAARD", "AFGEWEZEN", "OPGAVE");

    private final InitiatievenRepository repository;

    public InitiatievenController(InitiatievenRepository repository) {
        this.repository = repository;
    }

    /** Every published version of the frames, the one in force first. */
    public record KadersResponse(InitiatievenRepository.Kaders huidig, List<InitiatievenRepository.Kaders> versies) {
    }

    /** A page of initiatives. */
    public record InitiatievenResponse(List<InitiatievenRepository.Initiatief> initiatieven, Paginering pagina) {
    }

    @GetMapping("/v1/initiatiefkaders")
    public ResponseEntity<KadersResponse> kaders() {
        List<InitiatievenRepository.Kaders> versies = repository.kaders();
        return ApiVersion.ok(new KadersResponse(versies.isEmpty() ? null : versies.get(0), versies));
    }

    @GetMapping("/v1/initiatieven")
    public ResponseEntity<InitiatievenResponse> initiatieven(HttpServletRequest request,
                                                             @RequestParam(required = false) String status,
                                                             @RequestParam(required = false) String gebied,
                                                             @RequestParam(required = false) String thema,
                                                             @RequestParam(required = false) String pagina,
                                                             @RequestParam(required = false) String paginaGrootte) {
        String st = optionalText(status);
        if (st != null && !STATUSSEN.contains(st.toUpperCase(Locale.ROOT))) {
            throw new InvalidQueryParameterException("status", status,
                    "toegestaan zijn AANVAARD, AFGEWEZEN, INGEDIEND, OPGAVE.");
        }
        String alleenVan = gemeente(request) ? null : request.getUserPrincipal().getName();
        Pagina<InitiatievenRepository.Initiatief> page = repository.zoek(new InitiatievenRepository.Filter(
                st == null ? null : st.toUpperCase(Locale.ROOT), optionalText(gebied), optionalText(thema), alleenVan),
                pagina(pagina), paginaGrootte(paginaGrootte));
        return ApiVersion.ok(new InitiatievenResponse(page.regels(), Paginering.of(page)));
    }

    @GetMapping("/v1/initiatieven/{initiatiefId}")
    public ResponseEntity<InitiatievenRepository.Initiatief> initiatief(HttpServletRequest request,
                                                                        @PathVariable String initiatiefId) {
        return ApiVersion.ok(repository.initiatief(initiatiefId)
                .filter(i -> gemeente(request) || i.initiatiefnemer().equals(request.getUserPrincipal().getName()))
                .orElseThrow(() -> ViewProblemException.notFound("Initiatief niet gevonden", "initiatiefId",
                        initiatiefId, "Initiatief " + initiatiefId + " bestaat niet of is niet van u.")));
    }

    private static boolean gemeente(HttpServletRequest request) {
        return GEMEENTE_ROLLEN.stream().anyMatch(request::isUserInRole);
    }
}
