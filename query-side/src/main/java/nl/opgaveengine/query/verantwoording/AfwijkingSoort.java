package nl.opgaveengine.query.verantwoording;

/** The deviations from the model's route that must be accounted for, each with its justification. */
public enum AfwijkingSoort {
    /** A gate decided to redo its phase. */
    OVERDOEN,
    /** A phase ran again (herhaling > 0). */
    FASE_HERHAALD,
    /** The werkwijze chosen differs from the intake advice. */
    AFWIJKEND_VAN_ADVIES,
    /** A voortgangsrapportage came after its P&C deadline. */
    RAPPORTAGE_NA_DEADLINE,
    /** A gate was decided after its due date (the model's termijn or the planned date). */
    GATE_TE_LAAT,
    /** A gate's due date was moved by the project office. */
    GATE_VERZET
}
