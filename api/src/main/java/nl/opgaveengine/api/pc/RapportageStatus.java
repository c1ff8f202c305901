package nl.opgaveengine.api.pc;

/** The overall status a voortgangsrapportage gives: on track, at risk, off track. */
public enum RapportageStatus {
    GROEN, ORANJE, ROOD
}
