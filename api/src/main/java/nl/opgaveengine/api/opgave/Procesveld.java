package nl.opgaveengine.api.opgave;

/** The seven fields of procesregie (VPNG toolbox), a tag on steps. */
public enum Procesveld {
    ONTWERPEND, POSITIONEREND, OPDRACHTGEVEND, INTERN, VERBINDEND, UITVOEREND, INTERVENTIE
}
