package nl.opgaveengine.engine.model;

/** A zeebe:input or zeebe:output mapping: a source value or expression into a target variable name. */
public record Mapping(Expression source, String target) {
}
