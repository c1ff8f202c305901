package nl.opgaveengine.engine.support;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Runs follow-up work after the current transaction commits, on a thread of its own (never on rollback). */
@Component
public class EngineSignals {

    private static final Logger LOG = LoggerFactory.getLogger(EngineSignals.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "opgave-engine-signals");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Consumer<String>> jobListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<java.time.Instant>> timerListeners = new CopyOnWriteArrayList<>();

    public void onJobCreated(Consumer<String> listener) {
        jobListeners.add(listener);
    }

    public void jobCreated(String jobType) {
        afterCommit(() -> jobListeners.forEach(l -> l.accept(jobType)));
    }

    public void onTimerCreated(Consumer<java.time.Instant> listener) {
        timerListeners.add(listener);
    }

    /** After commit, tells the timer poller a timer is due at this time (so an early one is not missed). */
    public void timerCreated(java.time.Instant dueAt) {
        if (!timerListeners.isEmpty()) {
            afterCommit(() -> timerListeners.forEach(l -> l.accept(dueAt)));
        }
    }

    public void afterCommit(Runnable work) {
        Runnable guarded = () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.warn("Engine follow-up work failed: {}", e.toString(), e);
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    submit(guarded);
                }
            });
        } else {
            submit(guarded);
        }
    }

    private void submit(Runnable work) {
        if (!executor.isShutdown()) {
            executor.execute(work);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
