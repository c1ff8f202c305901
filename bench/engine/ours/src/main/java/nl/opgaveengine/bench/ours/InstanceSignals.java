package nl.opgaveengine.bench.ours;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import nl.opgaveengine.engine.event.MessageSubscriptionOpenedEvent;
import nl.opgaveengine.engine.event.ProcessInstanceCompletedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells a benchmark thread, after the transaction committed, that its instance now waits for a message or has
 * ended. A subscribing processor: called in the transaction that appends the event. Only used by the variant whose
 * jobs are done by the engine's own in-process workers (the thread cannot see those steps otherwise).
 */
@Component
@ProcessingGroup("bench-signals")
public class InstanceSignals {

    private record Signals(Semaphore waiting, Semaphore ended) {
    }

    private final ConcurrentHashMap<Long, Signals> instances = new ConcurrentHashMap<>();
    private volatile boolean tracking;

    public void track(boolean on) {
        tracking = on;
        if (!on) {
            instances.clear();
        }
    }

    @EventHandler
    void on(MessageSubscriptionOpenedEvent event) {
        if (tracking) {
            afterCommit(() -> of(event.processInstanceKey()).waiting().release());
        }
    }

    @EventHandler
    void on(ProcessInstanceCompletedEvent event) {
        if (tracking) {
            afterCommit(() -> of(event.processInstanceKey()).ended().release());
        }
    }

    public void awaitWaiting(long instance, Duration timeout) throws InterruptedException {
        if (!of(instance).waiting().tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("instance " + instance + " did not reach a message catch in " + timeout);
        }
    }

    public void awaitEnded(long instance, Duration timeout) throws InterruptedException {
        try {
            if (!of(instance).ended().tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("instance " + instance + " did not end in " + timeout);
            }
        } finally {
            instances.remove(instance);
        }
    }

    private Signals of(long instance) {
        return instances.computeIfAbsent(instance, k -> new Signals(new Semaphore(0), new Semaphore(0)));
    }

    private static void afterCommit(Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }
}
