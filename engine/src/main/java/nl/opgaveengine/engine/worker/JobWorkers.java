package nl.opgaveengine.engine.worker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.opgaveengine.engine.ActivatedJob;
import nl.opgaveengine.engine.EngineException;
import nl.opgaveengine.engine.EngineProperties;
import nl.opgaveengine.engine.JobHandler;
import nl.opgaveengine.engine.ProcessEngine;
import nl.opgaveengine.engine.support.EngineSignals;
import nl.opgaveengine.engine.support.EngineTransactions;
import nl.opgaveengine.engine.support.JobPush;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every {@link JobHandler} bean as an in-process worker: a new job of a handler's type is pushed to it (activated
 * in the transaction that created it, handed over after the commit, see {@link JobPush}); besides, per job type it
 * polls for jobs (and is woken when a transaction that created one commits), for jobs that were not pushed (failed
 * with retries left, lock expired, created before the start). Either way it calls the handler and completes the job
 * in one transaction. A failing handler rolls back and the job is failed with one retry less.
 */
@Component
public class JobWorkers implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(JobWorkers.class);
    private static final int CONFLICT_ATTEMPTS = 5;

    private final ProcessEngine engine;
    private final ObjectProvider<JobHandler> handlers;
    private final EngineProperties.Worker settings;
    private final EngineSignals signals;
    private final JobPush jobPush;
    private final TransactionTemplate transaction;
    private final Map<String, TypeLoop> loops = new LinkedHashMap<>();
    private volatile boolean running;
    private ScheduledExecutorService executor;

    public JobWorkers(ProcessEngine engine, ObjectProvider<JobHandler> handlers, EngineProperties properties,
                      EngineSignals signals, JobPush jobPush, PlatformTransactionManager transactionManager) {
        this.engine = engine;
        this.handlers = handlers;
        this.settings = properties.getWorker();
        this.signals = signals;
        this.jobPush = jobPush;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public synchronized void start() {
        running = true;
        List<JobHandler> all = handlers.orderedStream().toList();
        if (!settings.isEnabled() || all.isEmpty()) {
            return;
        }
        AtomicInteger threadNumber = new AtomicInteger();
        executor = Executors.newScheduledThreadPool(Math.max(1, settings.getThreads()), r -> {
            Thread thread = new Thread(r, "opgave-engine-worker-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (JobHandler handler : all) {
            if (loops.putIfAbsent(handler.jobType(), new TypeLoop(handler)) != null) {
                throw new IllegalStateException("Twee JobHandlers voor job type '" + handler.jobType() + "'");
            }
        }
        signals.onJobCreated(type -> {
            TypeLoop loop = loops.get(type);
            if (loop != null) {
                loop.wake();
            }
        });
        if (settings.isPush()) {
            loops.forEach((type, loop) -> jobPush.open(type, settings.getName(), settings.getJobTimeout(),
                    loop::pushed));
        }
        loops.values().forEach(TypeLoop::wake);
        LOG.info("Engine job workers gestart voor job types {}", loops.keySet());
    }

    @Override
    public synchronized void stop() {
        running = false;
        loops.keySet().forEach(jobPush::close);
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
        loops.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The poll loop of one job type; never runs twice at once, a wake-up during a run polls again at once. */
    private final class TypeLoop {

        private final JobHandler handler;
        private final AtomicBoolean busy = new AtomicBoolean();
        private volatile boolean wokenWhileBusy;
        private ScheduledFuture<?> next;

        TypeLoop(JobHandler handler) {
            this.handler = handler;
        }

        void wake() {
            if (busy.get()) {
                wokenWhileBusy = true;
            } else {
                schedule(0);
            }
        }

        private synchronized void schedule(long delayMillis) {
            if (!running || executor == null || executor.isShutdown()) {
                return;
            }
            if (next != null && !next.isDone()) {
                if (next.getDelay(TimeUnit.MILLISECONDS) <= delayMillis) {
                    return;
                }
                next.cancel(false);
            }
            next = executor.schedule(this::poll, delayMillis, TimeUnit.MILLISECONDS);
        }

        private void poll() {
            synchronized (this) {
                next = null;
            }
            if (!busy.compareAndSet(false, true)) {
                wokenWhileBusy = true;
                return;
            }
            int taken = 0;
            try {
                wokenWhileBusy = false;
                List<ActivatedJob> jobs = engine.activateJobs(handler.jobType(), settings.getName(),
                        settings.getJobTimeout(), settings.getMaxJobs());
                taken = jobs.size();
                for (ActivatedJob job : jobs) {
                    if (!running) {
                        return;
                    }
                    work(job);
                }
            } catch (RuntimeException e) {
                LOG.warn("Pollen van jobs van type '{}' mislukt: {}", handler.jobType(), e.toString());
            } finally {
                busy.set(false);
                boolean again = taken >= settings.getMaxJobs() || wokenWhileBusy;
                schedule(again ? 0 : settings.getPollInterval().toMillis());
            }
        }

        /** A job pushed to this worker (activated for it in a transaction that has committed): handle it. */
        void pushed(ActivatedJob job) {
            ScheduledExecutorService pool = executor;
            if (!running || pool == null) {
                return;
            }
            try {
                pool.execute(() -> {
                    if (running) {
                        work(job);
                    }
                });
            } catch (RejectedExecutionException e) {
                LOG.debug("Job {} niet aangenomen (workers stoppen); zijn lock verloopt", job.key());
            }
        }

        private void work(ActivatedJob job) {
            for (int attempt = 1; ; attempt++) {
                try {
                    transaction.executeWithoutResult(status -> engine.completeJob(job.key(), handler.handle(job)));
                    return;
                } catch (RuntimeException e) {
                    if (EngineTransactions.isConflict(e) && attempt < CONFLICT_ATTEMPTS) {
                        continue;
                    }
                    if (e instanceof EngineException rejected
                            && rejected.rejection() == EngineException.Rejection.NOT_FOUND) {
                        LOG.info("Job {} bestaat niet meer (instantie beëindigd?): {}", job.key(), e.getMessage());
                        return;
                    }
                    fail(job, e);
                    return;
                }
            }
        }

        private void fail(ActivatedJob job, RuntimeException cause) {
            String message = cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
            LOG.warn("Job {} ({}, element {}) mislukt, retries over: {}: {}", job.key(), job.type(), job.elementId(),
                    Math.max(0, job.retries() - 1), message, cause);
            try {
                engine.failJob(job.key(), job.retries() - 1, message);
            } catch (RuntimeException e) {
                LOG.warn("Job {} kon niet als mislukt worden vastgelegd: {}", job.key(), e.toString());
            }
        }
    }
}
