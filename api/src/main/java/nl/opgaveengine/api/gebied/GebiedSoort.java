package nl.opgaveengine.api.gebied;

/** The kind of area. */
public enum GebiedSoort {
    WIJK, BUURT
}
