package nl.opgaveengine.engine.model;

/** A zeebe:input or zeebe:output mapping: FEEL source (without '=') into a target variable name. */
public record Mapping(String source, String target) {
}
