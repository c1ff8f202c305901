package nl.opgaveengine.engine.model;

/** A model value: a static text, or a FEEL expression (written with a leading '=', kept without it). */
public record Expression(String text, boolean feel) {

    /** Reads a Camunda 8 attribute value: {@code =expr} is FEEL, anything else a static text. */
    public static Expression of(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.startsWith("=") ? new Expression(trimmed.substring(1).trim(), true) : new Expression(value, false);
    }

    @Override
    public String toString() {
        return feel ? "=" + text : text;
    }
}
