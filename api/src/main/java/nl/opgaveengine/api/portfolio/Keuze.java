package nl.opgaveengine.api.portfolio;

/** The choice for one opgave: whether it is worked on, and why. */
public record Keuze(String opgaveId, KeuzeUitkomst uitkomst, String reden) {
}
