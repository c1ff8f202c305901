package nl.opgaveengine.api.gebied;

import java.util.Locale;

/** The aggregate identifier of an area: its code, prefixed so it never collides with another aggregate. */
public final class GebiedKeys {

    private GebiedKeys() {
    }

    public static String of(String code) {
        return "gebied:" + code.trim().toLowerCase(Locale.ROOT);
    }
}
