package nl.opgaveengine.app.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.DateTimeUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the global chain: in global-index order, every event older than the safe horizon is linked to the one
 * before it ({@code event_seal}), so that removing or reordering events anywhere breaks the chain. Only events below
 * the horizon are sealed, because a global index becomes visible only when its transaction commits. Writes signed
 * checkpoints of the chain's head on a schedule. Nodes take turns through a row lock on the head.
 */
public class EventLogSealer implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(EventLogSealer.class);
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final IntegrityProperties properties;
    private final CheckpointSigner signer;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    public EventLogSealer(JdbcTemplate jdbc, TransactionTemplate transactions, IntegrityProperties properties,
                          CheckpointSigner signer, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
        this.signer = signer;
        this.clock = clock;
    }

    /** One signed statement of the global chain's head. */
    public record Checkpoint(long id, long globalIndex, String chainHash, long eventCount, String createdAt,
                             String algorithm, String keyId, String publicKey, String signature) {
    }

    /** Seals every event older than the horizon; returns the number sealed. */
    public long sealBelowHorizon() {
        Instant horizon = clock.instant().minus(properties.getSealHorizon());
        long total = 0;
        while (true) {
            Long sealed = transactions.execute(status -> sealBatch(horizon));
            total += sealed == null ? 0 : sealed;
            if (sealed == null || sealed < BATCH) {
                return total;
            }
        }
    }

    private long sealBatch(Instant horizon) {
        Map<String, Object> head = jdbc.queryForMap(
                "SELECT last_global_index, chain_hash, sealed_count FROM event_seal_head WHERE id = 1 FOR UPDATE");
        long last = ((Number) head.get("last_global_index")).longValue();
        String chain = (String) head.get("chain_hash");
        long count = ((Number) head.get("sealed_count")).longValue();
        long firstHashed = jdbc.queryForObject(
                "SELECT first_hashed_global_index FROM event_hash_start WHERE id = 1", Long.class);
        List<StoredEvent> rows = jdbc.query("SELECT " + StoredEvent.COLUMNS + " FROM domain_event_entry"
                + " WHERE global_index > ? ORDER BY global_index LIMIT " + BATCH, StoredEvent::read, last);
        String sealedAt = DateTimeUtils.formatInstant(clock.instant());
        long sealed = 0;
        for (StoredEvent row : rows) {
            if (!DateTimeUtils.parseInstant(row.timestamp()).isBefore(horizon)) {
                break;
            }
            String hash = row.recomputedHash();
            if (row.eventHash() == null ? row.globalIndex() >= firstHashed : !hash.equals(row.eventHash())) {
                LOG.error("TAMPER ALARM: event {} (global index {}) does not match its hash; sealing stops here until"
                        + " verification (GET /v1/integriteit/verificatie) is clean", row.eventIdentifier(),
                        row.globalIndex());
                break;
            }
            chain = EventHashing.chainHash(chain, row.globalIndex(), row.eventIdentifier(), hash);
            jdbc.update("INSERT INTO event_seal (global_index, event_identifier, event_hash, chain_hash, sealed_at)"
                    + " VALUES (?, ?, ?, ?, ?)", row.globalIndex(), row.eventIdentifier(), hash, chain, sealedAt);
            last = row.globalIndex();
            count++;
            sealed++;
        }
        if (sealed > 0) {
            jdbc.update("UPDATE event_seal_head SET last_global_index = ?, chain_hash = ?, sealed_count = ? WHERE id = 1",
                    last, chain, count);
        }
        return sealed;
    }

    /** Seals what is safe to seal, then signs the head of the global chain. */
    public Checkpoint checkpoint() {
        sealBelowHorizon();
        return transactions.execute(status -> {
            Map<String, Object> head = jdbc.queryForMap(
                    "SELECT last_global_index, chain_hash, sealed_count FROM event_seal_head WHERE id = 1 FOR UPDATE");
            long globalIndex = ((Number) head.get("last_global_index")).longValue();
            String chainHash = (String) head.get("chain_hash");
            long count = ((Number) head.get("sealed_count")).longValue();
            String createdAt = DateTimeUtils.formatInstant(clock.instant());
            String signature = signer.sign(CheckpointSigner.signedContent(globalIndex, chainHash, count, createdAt));
            jdbc.update("INSERT INTO integrity_checkpoint (global_index, chain_hash, event_count, created_at, algorithm,"
                            + " key_id, public_key, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", globalIndex, chainHash,
                    count, createdAt, CheckpointSigner.ALGORITHM, signer.keyId(), signer.publicKeyBase64(), signature);
            return checkpoints().get(0);
        });
    }

    /** Every checkpoint, newest first. */
    public List<Checkpoint> checkpoints() {
        return jdbc.query("SELECT id, global_index, chain_hash, event_count, created_at, algorithm, key_id, public_key,"
                + " signature FROM integrity_checkpoint ORDER BY id DESC", EventLogSealer::readCheckpoint);
    }

    static Checkpoint readCheckpoint(ResultSet rs, int row) throws SQLException {
        return new Checkpoint(rs.getLong("id"), rs.getLong("global_index"), rs.getString("chain_hash"),
                rs.getLong("event_count"), rs.getString("created_at"), rs.getString("algorithm"),
                rs.getString("key_id"), rs.getString("public_key"), rs.getString("signature"));
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "event-log-sealer");
            t.setDaemon(true);
            return t;
        });
        long seal = Math.max(1, properties.getSealInterval().toMillis());
        scheduler.scheduleWithFixedDelay(() -> safely("sealing", this::sealBelowHorizon), seal, seal,
                TimeUnit.MILLISECONDS);
        long checkpoint = properties.getCheckpointInterval().toMillis();
        if (checkpoint > 0) {
            scheduler.scheduleWithFixedDelay(() -> safely("checkpoint", this::checkpoint), checkpoint, checkpoint,
                    TimeUnit.MILLISECONDS);
        }
    }

    private static void safely(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.warn("Event log {} failed; will retry: {}", what, e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
