package nl.opgaveengine.query.beheer;

import nl.opgaveengine.api.tijd.UtcInstants;
import nl.opgaveengine.query.support.ProjectieJdbc;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The fast path of a full rebuild (ADR 0008): one sequential read of the JDBC event store in large pages, by global
 * index and with that index as each event's position, feeding every projection being rebuilt in one pass through its
 * own processor's event handler invoker (the same handlers as live processing). Each page is one transaction; the
 * projections' writes of a page go out as JDBC batches ({@link ProjectieJdbc}). A reader thread reads and deserializes
 * the next page while the handlers write the current one.
 */
@Component
public class BulkHerbouw {

    private static final Logger LOG = LoggerFactory.getLogger(BulkHerbouw.class);
    /** Gaps further below the head than this are permanent (Axon's default {@code maxGapOffset}). */
    static final int MAX_GAP_OFFSET = 10_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ObjectProvider<EventSchema> schema;
    private final ObjectProvider<Configuration> axon;
    private final ObjectProvider<EventStorageEngine> storageEngine;
    private final EventStore eventStore;
    private final int pagina;

    public BulkHerbouw(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                       ObjectProvider<EventSchema> schema, ObjectProvider<Configuration> axon,
                       ObjectProvider<EventStorageEngine> storageEngine, EventStore eventStore,
                       @Value("${opgave.projecties.herbouw.pagina:10000}") int pagina) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.schema = schema;
        this.axon = axon;
        this.storageEngine = storageEngine;
        this.eventStore = eventStore;
        this.pagina = Math.max(1, pagina);
    }

    /**
     * True when the events come straight from the JDBC event store's table (in pages, with their own global index);
     * otherwise (another store, as in the query side's own tests) from the event store's stream, still in one pass.
     */
    public boolean leestTabel() {
        return schema.getIfAvailable() != null && axon.getIfAvailable() != null
                && storageEngine.getIfAvailable() instanceof JdbcEventStorageEngine;
    }

    /** Runs the work in one database transaction. */
    void inTransactie(Runnable work) {
        transaction.executeWithoutResult(status -> work.run());
    }

    /** How many events are stored up to and including this position (the position itself without the table). */
    public long aantalTot(long head) {
        if (!leestTabel()) {
            return head;
        }
        EventSchema s = schema.getObject();
        Long count = jdbc.queryForObject("select count(*) from " + s.domainEventTable() + " where "
                + s.globalIndexColumn() + " <= ?", Long.class, head);
        return count == null ? 0 : count;
    }

    /**
     * Replays every stored event up to and including {@code head} into the given (stopped, reset) processors' handlers
     * and returns the token each of them continues from. From the table: the head, with the positions below it that
     * held no event yet (a transaction still running) as gaps, so live processing picks those up when they commit.
     * From the stream: the token of the last event handled. {@code gedaan} counts events (from the stream: the
     * position reached).
     */
    public TrackingToken herbouw(List<StreamingEventProcessor> processors, long head, AtomicLong gedaan) {
        List<EventHandlerInvoker> invokers = bladeren(processors.stream()
                .map(p -> ((AbstractEventProcessor) p).eventHandlerInvoker()).toList());
        BlockingQueue<List<TrackedEventMessage<?>>> pages = new ArrayBlockingQueue<>(2);
        AtomicReference<RuntimeException> readFailure = new AtomicReference<>();
        AtomicReference<TrackingToken> last = new AtomicReference<>();
        boolean table = leestTabel();
        Runnable read = table ? () -> readTable(head, pages, last) : () -> readStream(head, pages, last);
        Thread reader = new Thread(() -> {
            try {
                read.run();
                pages.put(List.of());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                readFailure.set(e);
                pages.clear();
                pages.offer(List.of());
            }
        }, "projectie-herbouw-lezer");
        reader.setDaemon(true);
        reader.start();
        ProjectieJdbc.Herbouwgeheugen geheugen = new ProjectieJdbc.Herbouwgeheugen();
        long waited = 0;
        long handled = 0;
        try {
            while (true) {
                long t0 = System.nanoTime();
                List<TrackedEventMessage<?>> page = pages.poll(10, TimeUnit.MINUTES);
                long t1 = System.nanoTime();
                waited += t1 - t0;
                if (page == null) {
                    throw new IllegalStateException("No page of events read within 10 minutes");
                }
                if (page.isEmpty()) {
                    break;
                }
                transaction.executeWithoutResult(status -> ProjectieJdbc.gebundeld(jdbc, geheugen, () -> {
                    for (TrackedEventMessage<?> message : page) {
                        handle(invokers, message);
                    }
                    return null;
                }));
                handled += System.nanoTime() - t1;
                if (table) {
                    gedaan.addAndGet(page.size());
                } else {
                    gedaan.set(page.get(page.size() - 1).trackingToken().position().orElse(gedaan.get()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Rebuild interrupted", e);
        } finally {
            reader.interrupt();
        }
        if (readFailure.get() != null) {
            throw readFailure.get();
        }
        StringBuilder perTable = new StringBuilder();
        ProjectieJdbc.tellers().forEach((tabel, n) -> perTable.append(' ').append(tabel).append('=').append(n[0])
                .append('/').append(n[1]).append('/').append(n[2] / 1_000_000).append("ms"));
        LOG.info("Herbouw tot positie {}: {} ms gewacht op het lezen, {} ms verwerkt; schrijfopdrachten/rondgangen/tijd per"
                + " tabel:{}", head, waited / 1_000_000, handled / 1_000_000, perTable);
        return last.get();
    }

    /**
     * Reads the event table in pages of global index order, each event with its own index as its position. Each query
     * asks for a window of indexes ({@code > from and <= from + n}), as Axon's own reads of the table do, so it reads
     * at most a page's rows whatever plan the database chooses: a page asked for only by "the first n after" made
     * PostgreSQL, on an event table without statistics, read and sort every later row for every page. An empty window
     * (a run of unused indexes) jumps to the next stored index.
     */
    private void readTable(long head, BlockingQueue<List<TrackedEventMessage<?>>> pages,
                           AtomicReference<TrackingToken> token) {
        Configuration configuration = axon.getObject();
        Serializer serializer = configuration.eventSerializer();
        EventUpcaster upcaster = configuration.upcasterChain();
        EventSchema s = schema.getObject();
        String from = " from " + s.domainEventTable() + " where " + s.globalIndexColumn() + " > ? and "
                + s.globalIndexColumn() + " <= ?";
        String sql = "select " + String.join(", ", s.globalIndexColumn(), s.typeColumn(), s.aggregateIdentifierColumn(),
                s.sequenceNumberColumn(), s.eventIdentifierColumn(), s.timestampColumn(), s.payloadTypeColumn(),
                s.payloadRevisionColumn(), s.payloadColumn(), s.metaDataColumn())
                + from + " order by " + s.globalIndexColumn();
        String nextIndex = "select min(" + s.globalIndexColumn() + ")" + from;
        TreeSet<Long> gaps = new TreeSet<>();
        long last = 0;
        long read = 0;
        while (read < head) {
            List<TrackedDomainEventData<byte[]>> rows = new ArrayList<>(pagina);
            while (rows.size() < pagina && read < head) {
                long to = Math.min(head, read + pagina - rows.size());
                int before = rows.size();
                jdbc.query(sql, rs -> {
                    rows.add(new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(rs.getLong(1)),
                            new Entry(rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                                    rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9),
                                    rs.getBytes(10))));
                }, read, to);
                if (rows.size() > before) {
                    read = to;
                } else {
                    Long next = jdbc.queryForObject(nextIndex, Long.class, to, head);
                    read = next == null ? head : next - 1;
                }
            }
            if (rows.isEmpty()) {
                break;
            }
            for (TrackedDomainEventData<byte[]> row : rows) {
                long index = row.trackingToken().position().orElseThrow();
                for (long missing = Math.max(last + 1, head - MAX_GAP_OFFSET + 1); missing < index; missing++) {
                    gaps.add(missing);
                }
                last = index;
            }
            List<TrackedEventMessage<?>> messages;
            try (Stream<TrackedEventMessage<?>> stream = EventUtils.upcastAndDeserializeTrackedEvents(rows.stream(),
                    serializer, upcaster)) {
                messages = stream.toList();
            }
            // deserialized here, beside the handlers' thread, not lazily in it
            messages.forEach(message -> {
                message.getPayload();
                message.getMetaData();
                message.getTimestamp();
            });
            put(pages, messages);
        }
        for (long missing = Math.max(last + 1, head - MAX_GAP_OFFSET + 1); missing <= head; missing++) {
            gaps.add(missing);
        }
        LOG.debug("Bulk rebuild up to {}: {} gaps near the head", head, gaps.size());
        token.set(head == 0 && last == 0 ? null : GapAwareTrackingToken.newInstance(head, gaps));
    }

    /**
     * A stored event whose timestamp is read once, through {@link UtcInstants} where it has the store's own UTC form;
     * Axon's entry parses its text with a {@code DateTimeFormatter} (a tenth of the rebuild thread's samples).
     */
    static final class Entry extends GenericDomainEventEntry<byte[]> {

        private final Instant timestamp;

        Entry(String type, String aggregateIdentifier, long sequenceNumber, String eventIdentifier, String timestamp,
              String payloadType, String payloadRevision, byte[] payload, byte[] metaData) {
            super(type, aggregateIdentifier, sequenceNumber, eventIdentifier, timestamp, payloadType, payloadRevision,
                    payload, metaData);
            this.timestamp = UtcInstants.parse(timestamp);
        }

        @Override
        public Instant getTimestamp() {
            return timestamp != null ? timestamp : super.getTimestamp();
        }
    }

    /** Reads the event store's stream from the start up to the head. */
    private void readStream(long head, BlockingQueue<List<TrackedEventMessage<?>>> pages,
                            AtomicReference<TrackingToken> token) {
        TrackingToken headToken = eventStore.createHeadToken();
        if (headToken == null) {
            return;
        }
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            List<TrackedEventMessage<?>> page = new ArrayList<>(pagina);
            boolean done = false;
            while (!done && stream.hasNextAvailable(10, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> message = stream.nextAvailable();
                message.getPayload();
                page.add(message);
                token.set(message.trackingToken());
                done = message.trackingToken().covers(headToken);
                if (page.size() >= pagina) {
                    put(pages, page);
                    page = new ArrayList<>(pagina);
                }
            }
            if (!page.isEmpty()) {
                put(pages, page);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Rebuild interrupted", e);
        }
    }

    private static void put(BlockingQueue<List<TrackedEventMessage<?>>> pages, List<TrackedEventMessage<?>> page) {
        try {
            pages.put(page);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Rebuild interrupted", e);
        }
    }

    /**
     * The invokers that call the handlers themselves: a {@link MultiEventHandlerInvoker}'s {@code canHandle} and
     * {@code handle} ask each delegate whether it supports a reset, per event, by walking its handlers (a fifth of the
     * rebuild thread's Java samples in a profile); the events of a rebuild are no replay messages, so that answer never matters here.
     */
    static List<EventHandlerInvoker> bladeren(List<EventHandlerInvoker> invokers) {
        List<EventHandlerInvoker> bladeren = new ArrayList<>();
        for (EventHandlerInvoker invoker : invokers) {
            if (invoker instanceof MultiEventHandlerInvoker multi) {
                bladeren.addAll(bladeren(multi.delegates()));
            } else {
                bladeren.add(invoker);
            }
        }
        return bladeren;
    }

    /**
     * Runs the event through every invoker, in a unit of work as the processors do; the event's aggregate is the key
     * whose statements keep their order (the processors' sequencing policy, one aggregate per sequence). An invoker
     * without a handler for the event does nothing with it, so there is no separate {@code canHandle} per event.
     */
    private static void handle(List<EventHandlerInvoker> invokers, TrackedEventMessage<?> message) {
        String key = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        ProjectieJdbc.metVolgorde(key, () -> {
            UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(message);
            try {
                for (EventHandlerInvoker invoker : invokers) {
                    invoker.handle(message, Segment.ROOT_SEGMENT);
                }
                unitOfWork.commit();
            } catch (Exception e) {
                if (unitOfWork.isActive()) {
                    unitOfWork.rollback(e);
                }
                throw e instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException("Handler failed on event " + message.getIdentifier(), e);
            }
        });
    }
}
