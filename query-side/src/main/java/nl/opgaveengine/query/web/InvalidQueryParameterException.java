package nl.opgaveengine.query.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.List;
import java.util.Map;

/** A query parameter has a value the endpoint does not accept: answered as a 400 problem naming the parameter. */
public class InvalidQueryParameterException extends ErrorResponseException {

    private final String parameter;

    public InvalidQueryParameterException(String parameter, String value, String reason) {
        super(HttpStatus.BAD_REQUEST, problem(parameter, value, reason), null);
        this.parameter = parameter;
    }

    public String getParameter() {
        return parameter;
    }

    private static ProblemDetail problem(String parameter, String value, String reason) {
        String detail = "Parameter '" + parameter + "' heeft een ongeldige waarde '" + value + "': " + reason;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Ongeldige parameter");
        problem.setProperty("parameter", parameter);
        problem.setProperty("invalidParams", List.of(Map.of("name", parameter, "code", "invalid", "reason", reason)));
        return problem;
    }
}
