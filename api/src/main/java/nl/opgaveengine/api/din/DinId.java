package nl.opgaveengine.api.din;

/** The id of a programme's DIN: one per opgave. */
public final class DinId {

    private DinId() {
    }

    public static String of(String opgaveId) {
        return "din:" + opgaveId;
    }
}
