package nl.opgaveengine.api.baten;

/** Whether a measure of a baat is what is expected at a date, or what was realised. */
public enum MetingSoort {
    VERWACHT, GEREALISEERD
}
