package nl.opgaveengine.api.initiatief;

/** The assessment of an initiative against one frame: whether it fits, and why. */
public record Toetsing(Kader kader, boolean voldoet, String toelichting) {
}
