package nl.opgaveengine.api.initiatief;

/** The outcome of the assessment of an initiative. */
public enum Beoordeling {
    AANVAARD, AFGEWEZEN
}
