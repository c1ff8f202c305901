package nl.opgaveengine.api.error;

import java.util.Map;

/**
 * A refused command: names the broken rule by its code, says what was wrong and the current state.
 * Subclasses are named as facts ({@code GateNotOpen}, {@code NoMandate}).
 */
public class BusinessRuleException extends RuntimeException {

    private final ErrorCode code;
    private final transient Map<String, Object> details;

    public BusinessRuleException(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    public BusinessRuleException(ErrorCode code, String message, Map<String, Object> details) {
        super(message);
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public ErrorCode code() {
        return code;
    }

    /** Extra members for the problem details body, such as the current state or the field at fault. */
    public Map<String, Object> details() {
        return details;
    }
}
