package nl.opgaveengine.command.web.idempotency;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Deletes the stored answers of keys older than {@code opgave.idempotency.retention}, every
 * {@code opgave.idempotency.cleanup-interval}. Correctness does not depend on it: an expired key is ignored on
 * lookup even before it is deleted; the clean-up only keeps {@code cs_idempotency_key} from growing.
 */
@Component
public class IdempotencyKeyExpiry implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeyExpiry.class);

    private final IdempotencyKeyStore store;
    private final IdempotencyProperties properties;
    private volatile ScheduledExecutorService scheduler;

    public IdempotencyKeyExpiry(IdempotencyKeyStore store, IdempotencyProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    /** Deletes every key past its retention now; answers how many were deleted. */
    public int expireNow() {
        int deleted = store.expire();
        if (deleted > 0) {
            LOG.info("{} Idempotency-Key(s) older than {} deleted", deleted, properties.getRetention());
        }
        return deleted;
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "idempotency-key-expiry");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.getCleanupInterval().toMillis();
        executor.scheduleWithFixedDelay(() -> {
            try {
                expireNow();
            } catch (RuntimeException e) {
                LOG.warn("Deleting expired Idempotency-Keys failed; trying again in {}",
                        properties.getCleanupInterval(), e);
            }
        }, interval, interval, TimeUnit.MILLISECONDS);
        scheduler = executor;
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = scheduler;
        scheduler = null;
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
