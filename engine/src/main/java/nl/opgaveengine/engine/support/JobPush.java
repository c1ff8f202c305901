package nl.opgaveengine.engine.support;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import nl.opgaveengine.engine.ActivatedJob;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.stereotype.Component;

/**
 * Job push for the in-process workers (the spirit of Camunda 8's job streams): a job of a type that a local worker
 * has opened a stream for is activated for that worker in the transaction that creates it, and handed to the worker
 * once that transaction has committed. That saves the worker a poll and an activation transaction per job. The
 * activation is an event like any other: when the process stops before the worker completed the job, the job's lock
 * runs out after the worker's job timeout and any worker can take it again.
 */
@Component
public class JobPush {

    /** A local worker's stream for one job type. */
    public record Stream(String worker, Duration timeout, Consumer<ActivatedJob> receiver) {
    }

    private final Map<String, Stream> streams = new ConcurrentHashMap<>();
    private final JobOwners owners;

    public JobPush(JobOwners owners) {
        this.owners = owners;
    }

    public void open(String jobType, String worker, Duration timeout, Consumer<ActivatedJob> receiver) {
        streams.put(jobType, new Stream(worker, timeout, receiver));
    }

    public void close(String jobType) {
        streams.remove(jobType);
    }

    /**
     * The stream a new job of this type is pushed to, if a local worker opened one and the job is created in a
     * transaction (a job is only ever handed out after the transaction that activated it committed).
     */
    public Optional<Stream> stream(String jobType) {
        if (streams.isEmpty() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return Optional.empty();
        }
        return Optional.ofNullable(streams.get(jobType));
    }

    /**
     * Hands the job to the stream's worker after the current transaction committed (never on a rollback): last of
     * the after-completion work, so that the aggregate cache already holds the instance the worker loads next.
     */
    public void pushAfterCommit(Stream stream, ActivatedJob job) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public int getOrder() {
                return LOWEST_PRECEDENCE;
            }

            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    owners.remember(job.key(), job.processInstanceKey());
                    stream.receiver().accept(job);
                }
            }
        });
    }
}
