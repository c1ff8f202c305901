package nl.opgaveengine.command.web.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the command API remembers an {@code Idempotency-Key} ({@code opgave.idempotency.*}). A client may retry
 * with the same key for at least {@code retention}; after that the key is forgotten and may be used for a new
 * request. Expired keys are deleted every {@code cleanup-interval}.
 */
@ConfigurationProperties(prefix = "opgave.idempotency")
public class IdempotencyProperties {

    private Duration retention = Duration.ofHours(24);
    private Duration cleanupInterval = Duration.ofHours(1);

    public Duration getRetention() {
        return retention;
    }

    public void setRetention(Duration retention) {
        if (retention == null || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("opgave.idempotency.retention must be positive, was " + retention);
        }
        this.retention = retention;
    }

    public Duration getCleanupInterval() {
        return cleanupInterval;
    }

    public void setCleanupInterval(Duration cleanupInterval) {
        if (cleanupInterval == null || cleanupInterval.isNegative() || cleanupInterval.isZero()) {
            throw new IllegalArgumentException(
                    "opgave.idempotency.cleanup-interval must be positive, was " + cleanupInterval);
        }
        this.cleanupInterval = cleanupInterval;
    }
}
