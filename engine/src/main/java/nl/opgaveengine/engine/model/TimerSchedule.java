package nl.opgaveengine.engine.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * ISO 8601 timer arithmetic: a date ({@code 2025-01-31T09:00:00Z}), a duration ({@code P1DT2H}, {@code P1M},
 * {@code P2W}) or a repeating interval ({@code R/PT1H}, {@code R3/PT10S}, {@code R3/2025-01-31T09:00:00Z/P1D}).
 */
public final class TimerSchedule {

    private TimerSchedule() {
    }

    /**
     * When a timer is due first, how often it fires in all ({@code -1}: without end) and its interval for the
     * next repetitions (null when it fires once).
     */
    public record Due(Instant dueAt, int repetitions, String interval) {
    }

    /** The parse problem of a static timer value, or null when it is fine. */
    public static String check(TimerModel timer) {
        try {
            first(timer.kind(), timer.expression().text(), Instant.EPOCH);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Computes the first due date of a timer from its (evaluated) value, counted from {@code now}. */
    public static Due first(TimerModel.Kind kind, String value, Instant now) {
        String text = value == null ? "" : value.trim();
        switch (kind) {
            case DATE:
                return new Due(date(text), 1, null);
            case DURATION:
                return new Due(plus(now, text), 1, null);
            default:
                return cycle(text, now);
        }
    }

    /** The due date one interval after {@code from}. */
    public static Instant plus(Instant from, String isoDuration) {
        String text = isoDuration.trim();
        try {
            int t = text.indexOf('T');
            if (!text.startsWith("P")) {
                throw new DateTimeParseException("geen ISO 8601-duur", text, 0);
            }
            if (t < 0) {
                return from.atZone(ZoneOffset.UTC).plus(Period.parse(text)).toInstant();
            }
            if (t == 1) {
                return from.plus(Duration.parse(text));
            }
            Period period = Period.parse(text.substring(0, t));
            Duration time = Duration.parse("P" + text.substring(t));
            return from.atZone(ZoneOffset.UTC).plus(period).toInstant().plus(time);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + isoDuration + "' is geen ISO 8601-duur (bijv. PT15M, P1D, P1M)");
        }
    }

    private static Instant date(String text) {
        try {
            return ZonedDateTime.parse(text).toInstant();
        } catch (DateTimeParseException zoned) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException local) {
                throw new IllegalArgumentException("'" + text + "' is geen ISO 8601-datum met tijd"
                        + " (bijv. 2025-01-31T09:00:00Z)");
            }
        }
    }

    private static Due cycle(String text, Instant now) {
        String[] parts = text.split("/");
        if (parts.length < 2 || parts.length > 3 || !parts[0].startsWith("R")) {
            throw new IllegalArgumentException("'" + text + "' is geen ISO 8601-herhaling (bijv. R/PT1H of R3/PT10S);"
                    + " cron-expressies worden niet ondersteund");
        }
        int repetitions;
        try {
            repetitions = parts[0].length() == 1 ? -1 : Integer.parseInt(parts[0].substring(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + parts[0] + "' in '" + text + "' is geen aantal herhalingen");
        }
        if (repetitions == 0) {
            throw new IllegalArgumentException("'" + text + "' herhaalt nul keer");
        }
        String interval = parts[parts.length - 1];
        Instant due = parts.length == 3 ? date(parts[1]) : plus(now, interval);
        plus(now, interval);
        return new Due(due, repetitions, interval);
    }
}
