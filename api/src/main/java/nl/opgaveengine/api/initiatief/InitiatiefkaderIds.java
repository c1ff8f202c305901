package nl.opgaveengine.api.initiatief;

/** The municipality publishes one set of frames, in versions; this is its aggregate identifier. */
public final class InitiatiefkaderIds {

    public static final String KADERS = "initiatiefkaders";

    private InitiatiefkaderIds() {
    }
}
