package nl.opgaveengine.engine;

/** A refused engine call, with a Camunda-like rejection type (NOT_FOUND, INVALID_STATE, INVALID_ARGUMENT, ALREADY_EXISTS). */
public class EngineException extends RuntimeException {

    /** Rejection types, as Camunda 8 names them. */
    public enum Rejection { NOT_FOUND, INVALID_STATE, INVALID_ARGUMENT, ALREADY_EXISTS }

    private final Rejection rejection;

    public EngineException(Rejection rejection, String message) {
        super(message);
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
