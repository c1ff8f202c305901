package nl.opgaveengine.engine.gateway;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.StreamActivatedJobsRequest;
import io.grpc.stub.ServerCallStreamObserver;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import nl.opgaveengine.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Open job streams: a job that becomes activatable is activated for one open stream of its type
 * and pushed to it. Long-polling {@code ActivateJobs} calls wait here between attempts.
 */
public class JobStreams implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JobStreams.class);
    private static final int BATCH = 32;

    private final ProcessEngine engine;
    private final List<Stream> open = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gateway-job-streams");
        t.setDaemon(true);
        return t;
    });
    private final Object signal = new Object();

    public JobStreams(ProcessEngine engine, Duration pollInterval) {
        this.engine = engine;
        long millis = Math.max(10, pollInterval.toMillis());
        poller.scheduleWithFixedDelay(this::push, millis, millis, TimeUnit.MILLISECONDS);
    }

    void open(StreamActivatedJobsRequest request, ServerCallStreamObserver<ActivatedJob> observer,
              Function<nl.opgaveengine.engine.ActivatedJob, ActivatedJob> mapper) {
        Stream stream = new Stream(request, observer, mapper);
        observer.setOnCancelHandler(() -> open.remove(stream));
        open.add(stream);
    }

    /** Waits a little for jobs to become activatable (woken early when the stream poller runs). */
    void awaitJobs(String type, Duration maxWait) {
        synchronized (signal) {
            try {
                signal.wait(Math.max(1, maxWait.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void push() {
        synchronized (signal) {
            signal.notifyAll();
        }
        for (Stream stream : open) {
            if (stream.observer.isCancelled()) {
                open.remove(stream);
                continue;
            }
            try {
                List<nl.opgaveengine.engine.ActivatedJob> jobs = engine.activateJobs(stream.request.getType(),
                        stream.request.getWorker(), Duration.ofMillis(stream.request.getTimeout()), BATCH);
                for (nl.opgaveengine.engine.ActivatedJob job : jobs) {
                    // a job that cannot be delivered times out and becomes activatable again
                    if (!stream.observer.isCancelled() && stream.observer.isReady()) {
                        stream.observer.onNext(stream.mapper.apply(job));
                    }
                }
            } catch (RuntimeException e) {
                LOG.warn("Pushing jobs of type {} failed: {}", stream.request.getType(), e.toString());
            }
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
        open.forEach(s -> {
            try {
                s.observer.onCompleted();
            } catch (RuntimeException ignored) {
                // the call is gone already
            }
        });
        open.clear();
    }

    private record Stream(StreamActivatedJobsRequest request, ServerCallStreamObserver<ActivatedJob> observer,
                          Function<nl.opgaveengine.engine.ActivatedJob, ActivatedJob> mapper) {
    }
}
