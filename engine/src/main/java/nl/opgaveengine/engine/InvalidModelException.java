package nl.opgaveengine.engine;

import java.util.List;
import java.util.stream.Collectors;

/** A model the engine refuses: every problem names the element id (where there is one) and the reason. */
public class InvalidModelException extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidModelException(String resourceName, List<Problem> problems) {
        super("Het procesmodel '" + resourceName + "' is ongeldig: " + problems.stream()
                .map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One problem: the element (null for the document as a whole) and the reason. */
    public record Problem(String elementId, String reason) {
        @Override
        public String toString() {
            return elementId == null ? reason : "element '" + elementId + "': " + reason;
        }
    }
}
