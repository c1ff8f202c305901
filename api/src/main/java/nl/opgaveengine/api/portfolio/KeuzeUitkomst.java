package nl.opgaveengine.api.portfolio;

/** What the college chose for an opgave in a round. */
public enum KeuzeUitkomst {
    OPPAKKEN, NIET_OPPAKKEN
}
