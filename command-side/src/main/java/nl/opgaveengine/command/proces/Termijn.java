package nl.opgaveengine.command.proces;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A gate's {@code termijn} header: an ISO 8601 period ({@code P6W}, {@code P1M}, {@code P30D}) or duration
 * ({@code PT48H}). Calendar periods are added in UTC.
 */
final class Termijn {

    private Termijn() {
    }

    /** The moment {@code termijn} after {@code from}; a header that is no ISO 8601 period or duration is refused. */
    static Instant after(Instant from, String termijn, String elementId) {
        String value = termijn.trim().toUpperCase(java.util.Locale.ROOT);
        try {
            if (value.contains("T")) {
                return from.plus(Duration.parse(value));
            }
            return from.atZone(ZoneOffset.UTC).plus(Period.parse(value)).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("Element " + elementId + ": task header '"
                    + nl.opgaveengine.bpmn.LifecycleProtocol.HEADER_TERMIJN + "' = '" + termijn
                    + "' is geen ISO 8601-periode of -duur (bijvoorbeeld P6W, P30D of PT48H)", e);
        }
    }
}
