package nl.opgaveengine.engine.feel;

/** A FEEL expression that could not be evaluated; the engine turns it into an incident. */
public class FeelException extends RuntimeException {

    public FeelException(String expression, String failure) {
        super("Expressie '" + expression + "' kon niet worden geëvalueerd: " + failure);
    }
}
