package nl.opgaveengine.engine;

import java.util.Map;

/**
 * One inner element of an ad-hoc sub-process to activate, with variables created local to the activated element
 * instance (Camunda 8's {@code elements[{elementId, variables}]} of the ad-hoc activation).
 */
public record AdHocActivity(String elementId, Map<String, Object> variables) {

    public AdHocActivity {
        variables = variables == null ? Map.of() : variables;
    }

    public static AdHocActivity of(String elementId) {
        return new AdHocActivity(elementId, Map.of());
    }
}
