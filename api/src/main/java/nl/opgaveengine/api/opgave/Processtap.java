package nl.opgaveengine.api.opgave;

/** The steps of procesregie (the wyber): bring in, narrow down, fix agreements; repeatable, in any order. */
public enum Processtap {
    DIVERGEREN, CONVERGEREN, CONSOLIDEREN;

    /** The step's name in the process models (lower case). */
    public String modelNaam() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
