package nl.opgaveengine.command.baten.web;

import java.net.URI;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.command.web.ProblemDetailsAdvice;
import nl.opgaveengine.api.error.BusinessRuleException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problems for the refusals only baten and P&C commands have (unknown baat or moment, handover state);
 * everything else falls through to the shared problem advice.
 */
@RestControllerAdvice(basePackages = {"nl.opgaveengine.command.baten", "nl.opgaveengine.command.pc"})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class BatenProblemAdvice {


    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException e) {
        String id = String.valueOf(e.getAggregateIdentifier());
        ProblemDetail problem = problem(ErrorCode.BAAT_NOT_FOUND, "Baat " + id + " bestaat niet.");
        problem.setProperty("baatId", id);
        return respond(problem);
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<ProblemDetail> alreadyPlanned(AggregateStreamCreationException e) {
        return respond(problem(ErrorCode.PC_MOMENT_ALREADY_PLANNED,
                "Dit P&C-moment staat al op de kalender; kies een ander jaar of een andere naam."));
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> wrapped(CommandExecutionException e) {
        if (e.getCause() instanceof BusinessRuleException b) {
            ProblemDetail problem = problem(b.code(), b.getMessage());
            b.details().forEach(problem::setProperty);
            return respond(problem);
        }
        if (e.getCause() instanceof AggregateNotFoundException a) {
            return notFound(a);
        }
        throw e;
    }

    private static ProblemDetail problem(ErrorCode code, String detail) {
        return ProblemDetailsAdvice.problem(code, detail);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
