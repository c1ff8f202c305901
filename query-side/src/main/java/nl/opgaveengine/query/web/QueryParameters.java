package nl.opgaveengine.query.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses query parameters strictly, so a wrong value becomes a problem that names the parameter. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** The enum constant for the value (case-insensitive), null when absent or blank. */
    public static <E extends Enum<E>> E optionalEnum(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new InvalidQueryParameterException(parameter, value, "toegestaan zijn " + allowed + ".");
        }
    }

    /** The integer value between min and max, or the default when absent. */
    public static int intInRange(String parameter, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw new InvalidQueryParameterException(parameter, value, "een geheel getal van " + min + " tot en met " + max + " is vereist.");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new InvalidQueryParameterException(parameter, value, "een geheel getal van " + min + " tot en met " + max + " is vereist.");
        }
    }
}
