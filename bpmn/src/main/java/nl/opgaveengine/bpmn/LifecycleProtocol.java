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
    /**
     * Job type of the task that makes a voortgangsrapportage due at the P&C moment in {@link #VAR_VOLGEND_PC_MOMENT};
     * the domain completes it with the next moment (or null: no further moment, the P&C branch ends).
     */
    public static final String JOB_VOORTGANGSRAPPORTAGE_VRAGEN = "voortgangsrapportage-vragen";
    /**
     * Job type of a procesregie step (divergeren, convergeren, consolideren); headers {@link #HEADER_STAP},
     * {@link #HEADER_STAP_NAAM}. The domain records the step and completes the job, with {@code aanpakGekozen=true}
     * when the step settled the approach.
     */
    public static final String JOB_PROCESSTAP_UITVOEREN = "processtap-uitvoeren";

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
    /**
     * Optional on a gate task: within how long after opening the gate must be decided, as an ISO 8601 period or
     * duration ({@code P6W}, {@code P30D}, {@code PT48H}). A decision after it is a late gate.
     */
    public static final String HEADER_TERMIJN = "termijn";
    public static final String HEADER_STAP = "stap";
    public static final String HEADER_STAP_NAAM = "stapNaam";

    /** The message a gate decision is published as, correlated on {@link #VAR_OPGAVE_ID}. */
    public static final String MESSAGE_GATE_BESLUIT = "gate-besluit";
    /** Ends a running sprint before its timebox (improvisatie), correlated on {@link #VAR_OPGAVE_ID}. */
    public static final String MESSAGE_SPRINT_AFGEROND = "sprint-afgerond";

    public static final String VAR_OPGAVE_ID = "opgaveId";
    /**
     * The key gate decisions are correlated on: unique per started instance, so a buffered decision
     * never reaches a later model of the same opgave. Models fall back to {@link #VAR_OPGAVE_ID}.
     */
    public static final String VAR_PROCES_SLEUTEL = "procesSleutel";
    /**
     * Set by the {@link #JOB_GATE_OPENEN} worker: the key of this opening of this gate, so that a decision
     * (or a duplicate of it) can only ever reach the gate it was taken on.
     */
    public static final String VAR_GATE_SLEUTEL = "gateSleutel";
    /** The correlation key expression of message {@link #MESSAGE_GATE_BESLUIT} in every lifecycle model. */
    public static final String GATE_BESLUIT_CORRELATION =
            "=if gateSleutel != null then gateSleutel else if procesSleutel != null then procesSleutel else opgaveId";
    public static final String VAR_UITKOMST = "uitkomst";
    public static final String VAR_GATE = "gate";
    /** ISO 8601 date-time (with zone or offset) of the next P&C moment; absent or null: no P&C reporting. */
    public static final String VAR_VOLGEND_PC_MOMENT = "volgendPcMoment";

    /** Values of {@link #HEADER_RESULTAAT}. {@code OMGEZET}: the opgave goes on in another werkwijze. */
    public static final String RESULTAAT_AFGEROND = "AFGEROND";
    public static final String RESULTAAT_GESTOPT = "GESTOPT";
    public static final String RESULTAAT_OMGEZET = "OMGEZET";

    public static final String UITKOMST_GO = "GO";
    public static final String UITKOMST_NO_GO = "NO_GO";
    public static final String UITKOMST_OVERDOEN = "OVERDOEN";
    /** Programme cycle evaluation: run another cycle, revise the jaarplan, or wind down. */
    public static final String UITKOMST_DOORGAAN = "DOORGAAN";
    public static final String UITKOMST_BIJSTELLEN = "BIJSTELLEN";
    public static final String UITKOMST_AFBOUWEN = "AFBOUWEN";
    /** Sprint review (improvisatie). */
    public static final String UITKOMST_NOG_EEN_SPRINT = "NOG_EEN_SPRINT";
    public static final String UITKOMST_AFRONDEN = "AFRONDEN";
    public static final String UITKOMST_OMZETTEN = "OMZETTEN";
    /** Handover into the line (routine). */
    public static final String UITKOMST_GEACCEPTEERD = "GEACCEPTEERD";
    public static final String UITKOMST_NIET_GEACCEPTEERD = "NIET_GEACCEPTEERD";

    private LifecycleProtocol() {
    }
}
