package nl.opgaveengine.engine.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * The engine's clock: the system clock in UTC plus an offset that only moves forward. Timers, message time to
 * live and job locks read it; tests (and a fire drill) move it with {@link #advance(Duration)}.
 */
@Component
public class EngineClock extends Clock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    public EngineClock() {
        this(Clock.systemUTC());
    }

    public EngineClock(Clock base) {
        this.base = base;
    }

    /** Now, to the microsecond the databases keep. */
    public Instant now() {
        return instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Moves the engine's time forward; due timers fire at the next poll. */
    public synchronized void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("De engine-klok gaat alleen vooruit");
        }
        offset = offset.plus(by);
    }

    public Duration offset() {
        return offset;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(base.withZone(zone), offset);
    }
}
