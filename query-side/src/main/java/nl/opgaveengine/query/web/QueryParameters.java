package nl.opgaveengine.query.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    /**
     * A moment: an ISO-8601 instant with offset ({@code 2026-03-01T09:00:00Z}) or a date ({@code 2026-03-01}, the start
     * of that day in UTC); null when absent.
     */
    public static Instant optionalInstant(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidQueryParameterException(parameter, value,
                    "een datum (2026-03-01) of een tijdstip met tijdzone (2026-03-01T09:00:00Z) is vereist.");
        }
    }

    /** A required moment: as {@link #optionalInstant} but refused when absent. */
    public static Instant requiredInstant(String parameter, String value) {
        Instant instant = optionalInstant(parameter, value);
        if (instant == null) {
            throw new InvalidQueryParameterException(parameter, "", "de parameter is verplicht.");
        }
        return instant;
    }

    /** The period [van, tot): refused when tot is not after van. */
    public static void requireOrder(Instant van, Instant tot) {
        if (van != null && tot != null && !tot.isAfter(van)) {
            throw new InvalidQueryParameterException("tot", tot.toString(), "moet na 'van' (" + van + ") liggen.");
        }
    }

    /** true/false, null when absent. */
    public static Boolean optionalBoolean(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "ja" -> true;
            case "false", "nee" -> false;
            default -> throw new InvalidQueryParameterException(parameter, value, "toegestaan zijn true en false.");
        };
    }

    /** An integer in range, null when absent. */
    public static Integer optionalInt(String parameter, String value, int min, int max) {
        return value == null || value.isBlank() ? null : intInRange(parameter, value, 0, min, max);
    }

    /** The trimmed text, null when absent or blank. */
    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The 1-based page number. */
    public static int pagina(String value) {
        return intInRange("pagina", value, 1, 1, Integer.MAX_VALUE / 1000);
    }

    /** The page size, 20 by default, at most 100. */
    public static int paginaGrootte(String value) {
        return intInRange("paginaGrootte", value, 20, 1, 100);
    }
}
