package nl.opgaveengine.api.opgave;

/**
 * Where an opgave stands in its life. {@code OMGEZET}: its model ended to go on in another werkwijze; it waits for
 * that switch and is not closed.
 */
public enum OpgaveStatus {
    GEREGISTREERD, INTAKE_GEDAAN, LOPEND, AFGEROND, GESTOPT, OMGEZET;

    public boolean isClosed() {
        return this == AFGEROND || this == GESTOPT;
    }
}
