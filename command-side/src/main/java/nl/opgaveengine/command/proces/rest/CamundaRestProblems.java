package nl.opgaveengine.command.proces.rest;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import nl.opgaveengine.engine.InvalidModelException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;

/**
 * Refusals of the Camunda 8 REST API in Camunda's form: RFC 9457 problem details whose title is the rejection type
 * ({@code NOT_FOUND}, {@code INVALID_ARGUMENT}, …), the detail Camunda's reason and the instance the request path,
 * which is what the Camunda clients read. Takes precedence over the application's own problem details for
 * {@link CamundaRestV2Controller} only.
 */
@RestControllerAdvice(assignableTypes = CamundaRestV2Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CamundaRestProblems {

    private static final Logger LOG = LoggerFactory.getLogger(CamundaRestProblems.class);

    @ExceptionHandler(CamundaRestProblem.class)
    ResponseEntity<ProblemDetail> refused(CamundaRestProblem e, HttpServletRequest request) {
        return answer(e.status(), e.title(), e.getMessage(), request);
    }

    @ExceptionHandler(InvalidModelException.class)
    ResponseEntity<ProblemDetail> invalidModel(InvalidModelException e, HttpServletRequest request) {
        StringBuilder reason = new StringBuilder("Command 'CREATE' rejected with code 'INVALID_ARGUMENT': Expected to"
                + " deploy new resources, but encountered the following errors:\n" + e.getMessage());
        for (InvalidModelException.Problem p : e.problems()) {
            reason.append("\n- Element: ").append(p.elementId() == null ? "(document)" : p.elementId())
                    .append("\n    - ERROR: ").append(p.reason());
        }
        return answer(HttpStatus.BAD_REQUEST, "INVALID_ARGUMENT", reason.toString(), request);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeException.class, MultipartException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception e, HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, "INVALID_ARGUMENT", "The request could not be read: "
                + e.getClass().getSimpleName(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        LOG.error("Camunda REST request {} failed", request.getRequestURI(), e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL", "An internal error occurred while processing"
                + " the request.", request);
    }

    private static ResponseEntity<ProblemDetail> answer(HttpStatus status, String title, String detail,
                                                        HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
