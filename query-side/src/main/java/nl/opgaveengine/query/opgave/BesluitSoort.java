package nl.opgaveengine.query.opgave;

/** The kinds of decision the opgave timeline shows. */
public enum BesluitSoort {
    INTAKE, WERKWIJZE_GEKOZEN, ROL_TOEGEWEZEN, ROL_BEEINDIGD, GATE_GEPLAND, GATE_BESLOTEN, PROCES_GEMIGREERD, OPGAVE_AFGESLOTEN
}
