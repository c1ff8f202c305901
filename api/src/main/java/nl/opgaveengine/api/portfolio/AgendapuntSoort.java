package nl.opgaveengine.api.portfolio;

/** What an item of the strategic agenda is: a theme, a goal, or one of the municipality's BBV programmes. */
public enum AgendapuntSoort {
    THEMA, DOEL, BBV_PROGRAMMA
}
