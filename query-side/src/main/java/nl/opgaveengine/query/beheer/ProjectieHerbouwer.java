package nl.opgaveengine.query.beheer;

import jakarta.annotation.PreDestroy;
import nl.opgaveengine.query.QueryProcessorsConfiguration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilds query-side projections on this node: stops each processor, resets its tokens (its {@code @ResetHandler}
 * clears its tables), starts it again and follows the replay against the head of the event store. Progress is logged
 * every few seconds and answered by {@link #status()}. With several nodes, every node's processor must be stopped
 * first (Axon's rule); this class handles the one node it runs on.
 */
@Component
public class ProjectieHerbouwer {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectieHerbouwer.class);
    private static final Duration LOG_INTERVAL = Duration.ofSeconds(2);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Clock clock;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final ScheduledExecutorService logger = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "projectie-herbouw-voortgang");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> logging;

    public ProjectieHerbouwer(EventProcessingConfiguration processing, EventStore eventStore,
                              ObjectProvider<Clock> clock) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Every projection of the query side: each can be rebuilt. */
    static final List<String> PROJECTIES = java.util.stream.Stream.of(QueryProcessorsConfiguration.PROCESSING_GROUPS,
                    List.of(nl.opgaveengine.query.din.DinProjection.PROCESSING_GROUP),
                    nl.opgaveengine.query.sturing.SturingProcessorsConfiguration.PROCESSING_GROUPS)
            .flatMap(List::stream).toList();

    /** The projections that can be rebuilt: all of them. */
    public List<String> projecties() {
        return PROJECTIES;
    }

    /** Starts rebuilding the named projections (all when empty) and returns their status right after the restart. */
    public synchronized List<ProjectieStatus> herbouw(List<String> projecties) {
        List<String> namen = projecties == null || projecties.isEmpty() ? projecties() : List.copyOf(projecties);
        namen.forEach(naam -> {
            if (!projecties().contains(naam)) {
                throw new IllegalArgumentException(naam);
            }
        });
        long head = headPosition();
        for (String naam : namen) {
            StreamingEventProcessor processor = processor(naam);
            processor.shutdownAsync().join();
            processor.resetTokens();
            runs.put(naam, new Run(clock.instant(), head));
            processor.start();
            LOG.info("Projectie {} wordt herbouwd: {} gebeurtenissen tot positie {}", naam, head, head);
        }
        if (logging == null || logging.isDone()) {
            logging = logger.scheduleWithFixedDelay(this::logProgress, LOG_INTERVAL.toMillis(), LOG_INTERVAL.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        return namen.stream().map(this::status).toList();
    }

    /** The status of every projection. */
    public List<ProjectieStatus> status() {
        return projecties().stream().map(this::status).toList();
    }

    /** The status of one projection. */
    public ProjectieStatus status(String naam) {
        StreamingEventProcessor processor = processor(naam);
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        Long position = null;
        for (EventTrackerStatus segment : segments.values()) {
            OptionalLong current = segment.getCurrentPosition();
            if (current.isPresent() && (position == null || current.getAsLong() < position)) {
                position = current.getAsLong();
            }
        }
        long head = headPosition();
        Run run = runs.get(naam);
        ProjectieStatus.Herbouw herbouw = null;
        if (run != null) {
            long done = position == null ? 0 : Math.min(Math.max(position, 0), run.head);
            if (run.klaarOp == null && done >= run.head && !segments.isEmpty()) {
                run.klaarOp = clock.instant();
                LOG.info("Projectie {} herbouwd: {} gebeurtenissen in {} ms", naam, run.head,
                        Duration.between(run.gestartOp, run.klaarOp).toMillis());
            }
            Instant until = run.klaarOp == null ? clock.instant() : run.klaarOp;
            double seconds = Math.max(0.001, Duration.between(run.gestartOp, until).toMillis() / 1000.0);
            double rate = done / seconds;
            Long left = run.klaarOp != null ? Long.valueOf(0) : rate <= 0 ? null : (long) Math.ceil((run.head - done) / rate);
            herbouw = new ProjectieStatus.Herbouw(run.gestartOp, run.klaarOp, run.head, done,
                    run.head == 0 ? 100.0 : Math.round(1000.0 * done / run.head) / 10.0, Math.round(rate * 10) / 10.0, left);
        }
        boolean replaying = run != null && run.klaarOp == null;
        return new ProjectieStatus(naam, processor.isRunning(), replaying, segments.size(), position, head,
                position == null ? null : Math.max(0, head - position), herbouw);
    }

    /** True when every rebuild started so far has reached the head it started from. */
    public boolean klaar() {
        return status().stream().allMatch(s -> s.herbouw() == null || s.herbouw().klaarOp() != null);
    }

    private void logProgress() {
        boolean busy = false;
        for (String naam : runs.keySet()) {
            ProjectieStatus status = status(naam);
            if (status.herbouw() != null && status.herbouw().klaarOp() == null) {
                busy = true;
                ProjectieStatus.Herbouw h = status.herbouw();
                LOG.info("Herbouw {}: {}/{} gebeurtenissen ({}%), {} per seconde, nog ~{} s", naam, h.gedaan(),
                        h.totaal(), h.percentage(), h.perSeconde(), h.resterendeSeconden());
            }
        }
        if (!busy && logging != null) {
            logging.cancel(false);
        }
    }

    private StreamingEventProcessor processor(String naam) {
        return processing.eventProcessor(naam, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("Geen streaming processor voor projectie " + naam));
    }

    private long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    @PreDestroy
    void stop() {
        logger.shutdownNow();
    }

    /** One rebuild: when it started and up to which position it must replay. */
    private static final class Run {
        final Instant gestartOp;
        final long head;
        volatile Instant klaarOp;

        Run(Instant gestartOp, long head) {
            this.gestartOp = gestartOp;
            this.head = head;
        }
    }
}
