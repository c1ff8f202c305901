package nl.opgaveengine.query.beheer.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.opgaveengine.query.beheer.ProjectieHerbouwer;
import nl.opgaveengine.query.beheer.ProjectieStatus;
import nl.opgaveengine.query.web.ApiVersion;
import nl.opgaveengine.query.web.InvalidQueryParameterException;
import nl.opgaveengine.query.web.ViewProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds projections and shows their progress; only for role BEHEERDER (checked on the request, so the query
 * side needs no security configuration of its own).
 */
@RestController
public class ProjectiesController {

    static final String ROL = "BEHEERDER";

    private final ProjectieHerbouwer herbouwer;

    public ProjectiesController(ProjectieHerbouwer herbouwer) {
        this.herbouwer = herbouwer;
    }

    @GetMapping("/v1/beheer/projecties")
    public ResponseEntity<ProjectiesResponse> status(HttpServletRequest request) {
        requireBeheerder(request);
        return ApiVersion.ok(new ProjectiesResponse(herbouwer.status()));
    }

    @GetMapping("/v1/beheer/projecties/{projectie}")
    public ResponseEntity<ProjectieStatus> status(@PathVariable String projectie, HttpServletRequest request) {
        requireBeheerder(request);
        if (!herbouwer.projecties().contains(projectie)) {
            throw ViewProblemException.notFound("Projectie niet gevonden", "projectie", projectie,
                    "Er is geen projectie '" + projectie + "'; bekend zijn " + String.join(", ", herbouwer.projecties()) + ".");
        }
        return ApiVersion.ok(herbouwer.status(projectie));
    }

    @PostMapping("/v1/beheer/projecties/_herbouwen")
    public ResponseEntity<ProjectiesResponse> herbouw(@RequestBody(required = false) HerbouwVerzoek verzoek,
                                                      HttpServletRequest request) {
        requireBeheerder(request);
        List<String> namen = verzoek == null || verzoek.projecties() == null ? List.of() : verzoek.projecties();
        for (String naam : namen) {
            if (!herbouwer.projecties().contains(naam)) {
                throw new InvalidQueryParameterException("projecties", naam,
                        "bekend zijn " + String.join(", ", herbouwer.projecties()) + ".");
            }
        }
        if (herbouwer.bezig()) {
            throw new ViewProblemException(HttpStatus.CONFLICT, "Herbouw loopt al",
                    "Er loopt al een herbouw in één doorloop; volg hem op /v1/beheer/projecties en probeer het daarna opnieuw.",
                    Map.of());
        }
        return ResponseEntity.accepted().location(URI.create("/v1/beheer/projecties"))
                .header(ApiVersion.HEADER, ApiVersion.VALUE)
                .body(new ProjectiesResponse(herbouwer.herbouw(namen)));
    }

    private static void requireBeheerder(HttpServletRequest request) {
        if (!request.isUserInRole(ROL)) {
            throw new ViewProblemException(HttpStatus.FORBIDDEN, "Geen mandaat",
                    (request.getRemoteUser() == null ? "Deze gebruiker" : request.getRemoteUser())
                            + " mist de rol " + ROL + " voor het beheer van projecties.", Map.of("vereisteRol", ROL));
        }
    }

    /** Which projections to rebuild; all when empty. */
    public record HerbouwVerzoek(List<String> projecties) {
    }

    /** The status of the projections. */
    public record ProjectiesResponse(List<ProjectieStatus> projecties) {
    }
}
