package nl.opgaveengine.query.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No view knows an opgave with this id: answered as a 404 problem naming the id. */
public class OpgaveNotFoundException extends ErrorResponseException {

    public OpgaveNotFoundException(String opgaveId) {
        super(HttpStatus.NOT_FOUND, problem(opgaveId), null);
    }

    private static ProblemDetail problem(String opgaveId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Er is geen opgave met id '" + opgaveId + "'.");
        problem.setTitle("Opgave niet gevonden");
        problem.setProperty("opgaveId", opgaveId);
        return problem;
    }
}
