package nl.opgaveengine.api.leren;

/** The GOTIK aspects of project control: geld, organisatie, tijd, informatie, kwaliteit. */
public enum GotikAspect {
    GELD, ORGANISATIE, TIJD, INFORMATIE, KWALITEIT
}
