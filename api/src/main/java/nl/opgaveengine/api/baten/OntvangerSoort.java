package nl.opgaveengine.api.baten;

/** Who receives the results of a baat at handover: the line organisation or the end users (benefitters). */
public enum OntvangerSoort {
    LIJNORGANISATIE, EINDGEBRUIKER
}
