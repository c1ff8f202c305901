package nl.opgaveengine.api.opgave;

/** Where an opgave stands in its life. */
public enum OpgaveStatus {
    GEREGISTREERD, INTAKE_GEDAAN, LOPEND, AFGEROND, GESTOPT;

    public boolean isClosed() {
        return this == AFGEROND || this == GESTOPT;
    }
}
