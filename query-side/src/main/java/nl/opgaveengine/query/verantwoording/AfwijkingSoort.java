package nl.opgaveengine.query.verantwoording;

/**
 * The deviations from the model's route that must be accounted for. A late gate is not among them: gates carry no
 * due date yet, so none can be late; a late voortgangsrapportage is.
 */
public enum AfwijkingSoort {
    /** A gate decided to redo its phase. */
    OVERDOEN,
    /** A phase ran again (herhaling > 0). */
    FASE_HERHAALD,
    /** The werkwijze chosen differs from the intake advice. */
    AFWIJKEND_VAN_ADVIES,
    /** A voortgangsrapportage came after its P&C deadline. */
    RAPPORTAGE_NA_DEADLINE
}
