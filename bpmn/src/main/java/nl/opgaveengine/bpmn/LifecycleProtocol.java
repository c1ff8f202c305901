package nl.opgaveengine.bpmn;

/**
 * The contract between every lifecycle model and the domain: job types, task header keys, message
 * names and variables. A process owner who adds a phase or a gate uses these and changes no code.
 */
public final class LifecycleProtocol {

    /** Job type of a task that starts a phase; headers {@link #HEADER_FASE}, {@link #HEADER_FASE_NAAM}. */
    public static final String JOB_FASE_STARTEN = "fase-starten";
    /** Job type of a task that opens a gate; headers gate, gateNaam, document, documentNaam, beslisser, uitkomsten. */
    public static final String JOB_GATE_OPENEN = "gate-openen";
    /** Job type of a task that closes the opgave; header {@link #HEADER_RESULTAAT}. */
    public static final String JOB_OPGAVE_AFSLUITEN = "opgave-afsluiten";

    public static final String HEADER_FASE = "fase";
    public static final String HEADER_FASE_NAAM = "faseNaam";
    public static final String HEADER_GATE = "gate";
    public static final String HEADER_GATE_NAAM = "gateNaam";
    public static final String HEADER_DOCUMENT = "document";
    public static final String HEADER_DOCUMENT_NAAM = "documentNaam";
    public static final String HEADER_BESLISSER = "beslisser";
    /** Comma-separated outcomes the gate offers, e.g. {@code GO,NO_GO,OVERDOEN}. */
    public static final String HEADER_UITKOMSTEN = "uitkomsten";
    public static final String HEADER_RESULTAAT = "resultaat";

    /** The message a gate decision is published as, correlated on {@link #VAR_OPGAVE_ID}. */
    public static final String MESSAGE_GATE_BESLUIT = "gate-besluit";

    public static final String VAR_OPGAVE_ID = "opgaveId";
    public static final String VAR_UITKOMST = "uitkomst";
    public static final String VAR_GATE = "gate";

    public static final String UITKOMST_GO = "GO";
    public static final String UITKOMST_NO_GO = "NO_GO";
    public static final String UITKOMST_OVERDOEN = "OVERDOEN";

    private LifecycleProtocol() {
    }
}
