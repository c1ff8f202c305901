package nl.opgaveengine.command.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.engine.EngineException;
import nl.opgaveengine.engine.InvalidModelException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal as RFC 9457 problem details: the status, a title, a detail that says what was wrong
 * and the current state, the business code, and the field or element at fault. No stack traces.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-file-size:1MB}")
    private org.springframework.util.unit.DataSize maxFileSize;

    @ExceptionHandler(BusinessRuleException.class)
    ResponseEntity<ProblemDetail> businessRule(BusinessRuleException e) {
        ProblemDetail problem = problem(e.code(), e.getMessage());
        e.details().forEach(problem::setProperty);
        return respond(problem);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException e) {
        ProblemDetail problem = problem(ErrorCode.OPGAVE_NOT_FOUND,
                "Opgave " + e.getAggregateIdentifier() + " bestaat niet.");
        problem.setProperty("opgaveId", e.getAggregateIdentifier());
        return respond(problem);
    }

    @ExceptionHandler({ConcurrencyException.class, ConflictingModificationException.class,
            AggregateStreamCreationException.class})
    ResponseEntity<ProblemDetail> conflict(RuntimeException e) {
        return respond(problem(ErrorCode.CONCURRENT_MODIFICATION,
                "Een ander besluit of een andere wijziging op deze opgave ging net voor; haal de opgave opnieuw op en"
                        + " probeer het zo nodig opnieuw."));
    }

    @ExceptionHandler(InvalidModelException.class)
    ResponseEntity<ProblemDetail> invalidModel(InvalidModelException e) {
        ProblemDetail problem = problem(ErrorCode.INVALID_MODEL, e.getMessage());
        problem.setProperty("fouten", e.problems().stream()
                .map(p -> p.elementId() == null ? Map.of("reden", p.reason())
                        : Map.of("element", p.elementId(), "reden", p.reason()))
                .toList());
        return respond(problem);
    }

    @ExceptionHandler(EngineException.class)
    ResponseEntity<ProblemDetail> engine(EngineException e) {
        HttpStatus status = switch (e.rejection()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case INVALID_ARGUMENT -> HttpStatus.BAD_REQUEST;
            case INVALID_STATE, ALREADY_EXISTS -> HttpStatus.CONFLICT;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle("Procesengine weigert");
        problem.setProperty("code", e.rejection().name());
        return respond(problem);
    }

    @ExceptionHandler({CommandExecutionException.class, CompletionException.class, EventStoreException.class})
    ResponseEntity<ProblemDetail> wrapped(RuntimeException e) {
        Throwable cause = e.getCause();
        if (cause instanceof BusinessRuleException b) {
            return businessRule(b);
        }
        if (cause instanceof ConcurrencyException || cause instanceof ConflictingModificationException
                || cause instanceof AggregateStreamCreationException) {
            return conflict((RuntimeException) cause);
        }
        if (cause instanceof AggregateNotFoundException a) {
            return notFound(a);
        }
        if (e instanceof EventStoreException && isDuplicateKey(e)) {
            return conflict(e);
        }
        return unexpected(e);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
        LOG.error("Unexpected error", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Er ging iets mis aan onze kant; er is niets gewijzigd. Meld dit met het tijdstip.");
        problem.setTitle("Interne fout");
        return respond(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> fouten = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("veld", f.getField(), "melding", String.valueOf(f.getDefaultMessage())))
                .toList();
        ProblemDetail problem = problem(ErrorCode.INVALID_INPUT, "Ongeldige invoer: " + fouten.stream()
                .map(f -> f.get("veld") + " " + f.get("melding")).collect(Collectors.joining("; ")));
        problem.setProperty("fouten", fouten);
        if (!fouten.isEmpty()) {
            problem.setProperty("veld", fouten.get(0).get("veld"));
        }
        return ResponseEntity.status(problem.getStatus()).headers(problemHeaders()).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = null;
        String detail = "De body is geen geldige JSON.";
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            detail = mapping instanceof UnrecognizedPropertyException
                    ? "Onbekend veld '" + field + "'."
                    : "Ongeldige waarde voor veld '" + field + "'" + allowedValues(mapping) + ".";
        }
        ProblemDetail problem = problem(ErrorCode.INVALID_INPUT, detail);
        if (field != null) {
            problem.setProperty("veld", field);
        }
        return ResponseEntity.status(problem.getStatus()).headers(problemHeaders()).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            org.springframework.web.multipart.MaxUploadSizeExceededException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        long max = ex.getMaxUploadSize() > 0 ? ex.getMaxUploadSize()
                : maxFileSize == null ? -1 : maxFileSize.toBytes();
        String limit = max > 0 ? (max % (1024 * 1024) == 0 ? max / (1024 * 1024) + " MB" : max + " bytes")
                : "de ingestelde grens";
        ProblemDetail problem = problem(ErrorCode.PAYLOAD_TOO_LARGE, "Het bestand is te groot: de grens is " + limit
                + ". Er is niets opgeslagen.");
        problem.setProperty("maximum", limit);
        return ResponseEntity.status(problem.getStatus()).headers(problemHeaders()).body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = problem(ErrorCode.INVALID_INPUT,
                "Ongeldige waarde '" + e.getValue() + "' voor parameter '" + e.getName() + "'.");
        problem.setProperty("parameter", e.getName());
        return respond(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        return response == null ? null
                : ResponseEntity.status(response.getStatusCode()).headers(problemHeaders()).body(response.getBody());
    }

    private static String allowedValues(JsonMappingException mapping) {
        if (mapping instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException invalid
                && invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
            return "; mogelijk: " + java.util.Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        }
        return "";
    }

    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** A problem for a business error code: status, title, type and {@code code}; callers add the details. */
    public static ProblemDetail problem(ErrorCode code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(code.httpStatus()), detail);
        problem.setTitle(code.title());
        problem.setType(URI.create("urn:opgave-engine:probleem:" + code.name().toLowerCase().replace('_', '-')));
        problem.setProperty("code", code.name());
        return problem;
    }

    private static HttpHeaders problemHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
        return headers;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).headers(problemHeaders()).body(problem);
    }
}
