package nl.opgaveengine.api.initiatief;

/** Who takes an initiative: residents, companies or institutions. */
public enum InitiatiefnemerSoort {
    BEWONER, BEDRIJF, INSTELLING
}
