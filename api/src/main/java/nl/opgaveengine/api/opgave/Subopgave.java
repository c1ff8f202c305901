package nl.opgaveengine.api.opgave;

/** A (sub)opgave to start from a decision on the vervolgaanpak. */
public record Subopgave(String subopgaveId, String titel, String thema) {
}
