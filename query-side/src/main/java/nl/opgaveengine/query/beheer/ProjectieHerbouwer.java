package nl.opgaveengine.query.beheer;

import jakarta.annotation.PreDestroy;
import nl.opgaveengine.query.QueryProcessorsConfiguration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rebuilds query-side projections on this node: stops each processor and resets its tokens (its {@code @ResetHandler}
 * clears its tables). Then, on the JDBC event store, {@link BulkHerbouw} replays every event up to the head in one pass
 * into all of them (ADR 0008), stores the head as each processor's token and starts the processors, which continue
 * with what arrived meanwhile; elsewhere (or when the bulk pass fails) the processors themselves replay from the
 * start. Progress is logged every few seconds and answered by {@link #status()}. With several nodes, every node's
 * processor must be stopped first (Axon's rule); this class handles the one node it runs on.
 */
@Component
public class ProjectieHerbouwer {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectieHerbouwer.class);
    private static final Duration LOG_INTERVAL = Duration.ofSeconds(2);

    /** How a rebuild runs: one bulk pass over the event store, or each processor replaying on its own. */
    public static final String BULK = "BULK";
    public static final String PROCESSOR = "PROCESSOR";

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final BulkHerbouw bulk;
    private final HerbouwIndexen indexen;
    private final OpgeslagenTokens opgeslagen;
    private final Clock clock;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final ScheduledExecutorService logger = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "projectie-herbouw-voortgang");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> logging;
    private volatile Thread bulkThread;

    public ProjectieHerbouwer(EventProcessingConfiguration processing, EventStore eventStore, BulkHerbouw bulk,
                              HerbouwIndexen indexen, OpgeslagenTokens opgeslagen, ObjectProvider<Clock> clock) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.bulk = bulk;
        this.indexen = indexen;
        this.opgeslagen = opgeslagen;
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

    /**
     * Starts rebuilding the named projections (all when empty) and returns their status right after the start.
     * Refused with {@link IllegalStateException} while a bulk rebuild runs.
     */
    public synchronized List<ProjectieStatus> herbouw(List<String> projecties) {
        List<String> namen = projecties == null || projecties.isEmpty() ? projecties() : List.copyOf(projecties);
        namen.forEach(naam -> {
            if (!projecties().contains(naam)) {
                throw new IllegalArgumentException(naam);
            }
        });
        if (bezig()) {
            throw new IllegalStateException("Er loopt al een herbouw");
        }
        long head = headPosition();
        List<StreamingEventProcessor> processors = namen.stream().map(this::processor).toList();
        for (StreamingEventProcessor processor : processors) {
            processor.shutdownAsync().join();
            processor.resetTokens();
        }
        long totaal = bulk.aantalTot(head);
        Run run = new Run(clock.instant(), totaal, BULK);
        namen.forEach(naam -> runs.put(naam, run));
        LOG.info("Projecties {} worden herbouwd in één doorloop ({}): {} gebeurtenissen tot positie {}", namen,
                bulk.leestTabel() ? "uit de tabel" : "uit de stroom", totaal, head);
        Thread thread = new Thread(() -> bulk(namen, processors, head, run), "projectie-herbouw");
        thread.setDaemon(true);
        bulkThread = thread;
        thread.start();
        if (logging == null || logging.isDone()) {
            logging = logger.scheduleWithFixedDelay(this::logProgress, LOG_INTERVAL.toMillis(), LOG_INTERVAL.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        return status(namen);
    }

    /** True while a bulk rebuild runs (its processors are stopped until it ends). */
    public boolean bezig() {
        Thread thread = bulkThread;
        return thread != null && thread.isAlive();
    }

    private void bulk(List<String> namen, List<StreamingEventProcessor> processors, long head, Run run) {
        try {
            // the keys only when every processor is stopped for this pass
            indexen.zetOpzij(namen.containsAll(projecties()));
            TrackingToken token = bulk.herbouw(processors, head, run.gedaan);
            for (String naam : namen) {
                storeToken(naam, token);
            }
            herstelIndexen();
            run.klaarOp = clock.instant();
            LOG.info("Projecties {} herbouwd: {} gebeurtenissen in {} ms", namen, run.gedaan.get(),
                    Duration.between(run.gestartOp, run.klaarOp).toMillis());
        } catch (RuntimeException e) {
            LOG.error("Herbouw in één doorloop mislukt; de processors herbouwen {} zelf vanaf het begin", namen, e);
            Instant now = clock.instant();
            for (int i = 0; i < namen.size(); i++) {
                processors.get(i).resetTokens();
                runs.put(namen.get(i), new Run(now, head, PROCESSOR));
                LOG.info("Projectie {} wordt herbouwd: {} gebeurtenissen tot positie {}", namen.get(i), head, head);
            }
        } finally {
            herstelIndexen();
            processors.forEach(StreamingEventProcessor::start);
        }
    }

    /** Creates the indexes set aside for the bulk pass again (part of the rebuild's time); a failure waits for a restart. */
    private void herstelIndexen() {
        try {
            indexen.herstel();
        } catch (RuntimeException e) {
            LOG.error("Indexen na de herbouw niet aangemaakt; dat gebeurt bij de volgende start", e);
        }
    }

    /** Every segment of the processor continues after this token. */
    private void storeToken(String naam, TrackingToken token) {
        TokenStore tokens = processing.tokenStore(naam);
        bulk.inTransactie(() -> {
            int[] segments = tokens.fetchSegments(naam);
            if (segments.length == 0) {
                tokens.initializeTokenSegments(naam, 1, token);
                return;
            }
            for (int segment : segments) {
                tokens.fetchToken(naam, segment);
                tokens.storeToken(token, naam, segment);
                tokens.releaseClaim(naam, segment);
            }
        });
    }

    /** The status of every projection: the head and the stored tokens read once for all of them. */
    public List<ProjectieStatus> status() {
        return status(projecties());
    }

    /** The status of one projection. */
    public ProjectieStatus status(String naam) {
        return status(List.of(naam)).get(0);
    }

    private List<ProjectieStatus> status(List<String> namen) {
        long head = headPosition();
        Map<String, Map<Integer, OptionalLong>> stored = opgeslagen.posities(namen);
        return namen.stream().map(naam -> status(naam, head, stored.getOrDefault(naam, Map.of()))).toList();
    }

    private ProjectieStatus status(String naam, long head, Map<Integer, OptionalLong> stored) {
        StreamingEventProcessor processor = processor(naam);
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        Long position = null;
        for (EventTrackerStatus segment : segments.values()) {
            OptionalLong current = segment.getCurrentPosition();
            if (current.isPresent() && (position == null || current.getAsLong() < position)) {
                position = current.getAsLong();
            }
        }
        // the segments no thread of this node holds stand where their stored token says; unknown makes it all unknown
        boolean unknown = false;
        for (Map.Entry<Integer, OptionalLong> segment : stored.entrySet()) {
            if (segments.containsKey(segment.getKey())) {
                continue;
            }
            OptionalLong at = segment.getValue();
            if (at.isEmpty()) {
                unknown = true;
            } else if (position == null || at.getAsLong() < position) {
                position = at.getAsLong();
            }
        }
        if (unknown) {
            position = null;
        }
        Set<Integer> all = new TreeSet<>(stored.keySet());
        all.addAll(segments.keySet());
        Run run = runs.get(naam);
        ProjectieStatus.Herbouw herbouw = null;
        if (run != null) {
            long done = run.methode.equals(BULK) ? run.gedaan.get()
                    : position == null ? 0 : Math.min(Math.max(position, 0), run.head);
            if (run.methode.equals(PROCESSOR) && run.klaarOp == null && done >= run.head && !segments.isEmpty()) {
                run.klaarOp = clock.instant();
                LOG.info("Projectie {} herbouwd: {} gebeurtenissen in {} ms", naam, run.head,
                        Duration.between(run.gestartOp, run.klaarOp).toMillis());
            }
            Instant until = run.klaarOp == null ? clock.instant() : run.klaarOp;
            double seconds = Math.max(0.001, Duration.between(run.gestartOp, until).toMillis() / 1000.0);
            double rate = done / seconds;
            Long left = run.klaarOp != null ? Long.valueOf(0) : rate <= 0 ? null : (long) Math.ceil((run.head - done) / rate);
            herbouw = new ProjectieStatus.Herbouw(run.gestartOp, run.klaarOp, run.head, done,
                    run.head == 0 ? 100.0 : Math.round(1000.0 * done / run.head) / 10.0, Math.round(rate * 10) / 10.0, left,
                    run.methode);
        }
        boolean replaying = run != null && run.klaarOp == null;
        return new ProjectieStatus(naam, processor.isRunning(), replaying, all.size(), segments.size(), position, head,
                position == null ? null : Math.max(0, head - position), herbouw);
    }

    /** True when every rebuild started so far has reached the head it started from. */
    public boolean klaar() {
        return status().stream().allMatch(s -> s.herbouw() == null || s.herbouw().klaarOp() != null);
    }

    private void logProgress() {
        boolean busy = false;
        java.util.Set<Run> logged = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (String naam : runs.keySet()) {
            Run run = runs.get(naam);
            if (run != null && run.methode.equals(BULK)) {
                if (run.klaarOp == null && logged.add(run)) {
                    busy = true;
                    ProjectieStatus.Herbouw h = status(naam).herbouw();
                    LOG.info("Herbouw in één doorloop: {}/{} gebeurtenissen ({}%), {} per seconde, nog ~{} s", h.gedaan(),
                            h.totaal(), h.percentage(), h.perSeconde(), h.resterendeSeconden());
                }
                continue;
            }
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

    /**
     * One rebuild: when it started, how it runs and how much it must do (a bulk pass: the number of events up to the
     * head, shared by every projection in it; a processor: the head position).
     */
    private static final class Run {
        final Instant gestartOp;
        final long head;
        final String methode;
        final AtomicLong gedaan = new AtomicLong();
        volatile Instant klaarOp;

        Run(Instant gestartOp, long head, String methode) {
            this.gestartOp = gestartOp;
            this.head = head;
            this.methode = methode;
        }
    }
}
