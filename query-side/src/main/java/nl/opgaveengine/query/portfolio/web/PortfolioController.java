package nl.opgaveengine.query.portfolio.web;

import nl.opgaveengine.api.opgave.OpgaveStatus;
import nl.opgaveengine.api.opgave.Werkwijze;
import nl.opgaveengine.query.portfolio.PortfolioFilter;
import nl.opgaveengine.query.portfolio.PortfolioPagina;
import nl.opgaveengine.query.portfolio.PortfolioRegel;
import nl.opgaveengine.query.portfolio.PortfolioRepository;
import nl.opgaveengine.query.web.ApiVersion;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static nl.opgaveengine.query.web.QueryParameters.intInRange;
import static nl.opgaveengine.query.web.QueryParameters.optionalEnum;

/** Serves {@code GET /v1/opgaven}: the portfolio, filtered, paged and sorted (newest first, or {@code sorteren=rang}). */
@RestController
public class PortfolioController {

    static final int DEFAULT_PAGINA_GROOTTE = 20;
    static final int MAX_PAGINA_GROOTTE = 100;

    private final PortfolioRepository repository;

    public PortfolioController(PortfolioRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/v1/opgaven")
    public ResponseEntity<PortfolioResponse> list(@RequestParam(required = false) String thema,
                                                  @RequestParam(required = false) String gebied,
                                                  @RequestParam(required = false) String werkwijze,
                                                  @RequestParam(required = false) String status,
                                                  @RequestParam(required = false) String pagina,
                                                  @RequestParam(required = false) String paginaGrootte,
                                                  @RequestParam(required = false) String sorteren) {
        PortfolioRepository.Sortering sortering = sorteren == null || sorteren.isBlank()
                ? PortfolioRepository.Sortering.REGISTRATIE : switch (sorteren.trim()) {
                    case "rang" -> PortfolioRepository.Sortering.RANG;
                    case "-geregistreerdOp" -> PortfolioRepository.Sortering.REGISTRATIE;
                    default -> throw new nl.opgaveengine.query.web.InvalidQueryParameterException("sorteren", sorteren,
                            "toegestaan zijn rang en -geregistreerdOp.");
                };
        PortfolioFilter filter = new PortfolioFilter(blankToNull(thema), blankToNull(gebied),
                optionalEnum("werkwijze", werkwijze, Werkwijze.class),
                optionalEnum("status", status, OpgaveStatus.class));
        int nummer = intInRange("pagina", pagina, 1, 1, Integer.MAX_VALUE / MAX_PAGINA_GROOTTE);
        int grootte = intInRange("paginaGrootte", paginaGrootte, DEFAULT_PAGINA_GROOTTE, 1, MAX_PAGINA_GROOTTE);
        PortfolioPagina result = repository.find(filter, nummer, grootte, sortering);
        return ApiVersion.ok(new PortfolioResponse(result.regels(),
                new Pagina(result.nummer(), result.grootte(), result.totaalAantal(), result.totaalPaginas())));
    }

    @GetMapping("/v1/portfolio/groepen")
    public ResponseEntity<GroepenResponse> groepen(@RequestParam(required = false) String groeperenOp,
                                                   @RequestParam(required = false) String thema,
                                                   @RequestParam(required = false) String gebied,
                                                   @RequestParam(required = false) String werkwijze,
                                                   @RequestParam(required = false) String status) {
        String kolom = groeperenOp == null || groeperenOp.isBlank() ? "thema" : groeperenOp.trim().toLowerCase();
        if (!PortfolioRepository.GROEPEN.contains(kolom)) {
            throw new nl.opgaveengine.query.web.InvalidQueryParameterException("groeperenOp", groeperenOp,
                    "toegestaan zijn thema, gebied, werkwijze, status.");
        }
        PortfolioFilter filter = new PortfolioFilter(blankToNull(thema), blankToNull(gebied),
                optionalEnum("werkwijze", werkwijze, Werkwijze.class),
                optionalEnum("status", status, OpgaveStatus.class));
        return ApiVersion.ok(new GroepenResponse(kolom, repository.groepen(kolom, filter)));
    }

    /** The portfolio grouped by one column. */
    public record GroepenResponse(String groeperenOp, List<PortfolioRepository.Groep> groepen) {
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The response body: the page of opgaven and where it sits in the whole list. */
    public record PortfolioResponse(List<PortfolioRegel> opgaven, Pagina pagina) {
    }

    /** Paging information: 1-based page number, page size, total number of opgaven and of pages. */
    public record Pagina(int nummer, int grootte, long totaalAantal, long totaalPaginas) {
    }
}
