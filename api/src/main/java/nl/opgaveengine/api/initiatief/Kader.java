package nl.opgaveengine.api.initiatief;

/** The four frames an initiative is assessed against. */
public enum Kader {
    /** welcome themes */
    INHOUD,
    /** welcome initiators */
    ACTOREN,
    /** requirements */
    PROCEDURES,
    /** the support that may be expected */
    ONDERSTEUNING
}
