package nl.opgaveengine.query.baten;

/** Where a baat stands: being realised by the opgave, handover proposed, or handed over to its owner in the line. */
public enum BaatStatus {
    IN_REALISATIE, OVERDRACHT_VOORGESTELD, OVERGEDRAGEN
}
