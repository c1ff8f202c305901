package nl.opgaveengine.query.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.Map;

/** A refusal of a view endpoint (unknown id, not before it existed, no permission) as an RFC 9457 problem. */
public class ViewProblemException extends ErrorResponseException {

    public ViewProblemException(HttpStatus status, String title, String detail, Map<String, Object> properties) {
        super(status, problem(status, title, detail, properties), null);
    }

    /** 404: nothing known under this id. */
    public static ViewProblemException notFound(String title, String idName, String id, String detail) {
        return new ViewProblemException(HttpStatus.NOT_FOUND, title, detail, Map.of(idName, id));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        properties.forEach(problem::setProperty);
        return problem;
    }
}
