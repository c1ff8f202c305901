package nl.opgaveengine.api.initiatief;

/** How the municipality works with an accepted initiative. */
public enum Strategie {
    COOPERATIEF, COPRODUCTIEF, COMPETITIEF
}
