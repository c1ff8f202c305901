package nl.opgaveengine.query.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/** Renders the query endpoints' problems as RFC 9457 {@code application/problem+json} with the API-Version header. */
@RestControllerAdvice(basePackages = "nl.opgaveengine.query")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class QueryProblemHandler {

    @ExceptionHandler({OpgaveNotFoundException.class, InvalidQueryParameterException.class,
            ViewProblemException.class})
    public ResponseEntity<ProblemDetail> handle(ErrorResponseException exception, HttpServletRequest request) {
        ProblemDetail problem = exception.getBody();
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        return ResponseEntity.status(exception.getStatusCode())
                .header(ApiVersion.HEADER, ApiVersion.VALUE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
