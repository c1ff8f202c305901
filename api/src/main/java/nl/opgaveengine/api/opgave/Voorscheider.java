package nl.opgaveengine.api.opgave;

import java.util.List;

/** The vocabulary of the intake (voorscheider) and the complexity model. */
public final class Voorscheider {

    private Voorscheider() {
    }

    /** Is the idea (initiatief) known, proven and predictable? */
    public enum Idee { BEKEND, ONBEKEND }

    /** Will the main players in the network support it predictably? */
    public enum Netwerk { VOORSPELBAAR, ONVOORSPELBAAR }

    /** Can decisions be steered from one point? */
    public enum Besluitvorming { GERICHT, ONGERICHT }

    /** Search process or make process. */
    public enum Procestype { ZOEKPROCES, MAAKPROCES }

    /** Best-effort or result commitment. */
    public enum Verplichting { INSPANNINGSVERPLICHTING, RESULTAATSVERPLICHTING }

    /** The quadrant of the complexity model. */
    public enum Complexiteit { SIMPEL, INGEWIKKELD, COMPLEX, FLUIDE }

    /**
     * The answers given at intake.
     *
     * @param voorspelbaarheidPad  predictability of the path, 1 (unpredictable) to 5 (fully predictable)
     * @param tastbaarheidUitkomst tangibility of the outcome, 1 (intangible) to 5 (fully tangible)
     * @param tijdsdruk            whether the opgave must be acted on under time pressure
     */
    public record Antwoorden(Idee idee, Netwerk netwerk, Besluitvorming besluitvorming,
                             int voorspelbaarheidPad, int tastbaarheidUitkomst, boolean tijdsdruk) {
    }

    /** The advice that follows from the answers, with a line of explanation per step. */
    public record Advies(Procestype procestype, Verplichting verplichting, Complexiteit complexiteit,
                         Werkwijze werkwijze, List<String> toelichting) {
    }
}
