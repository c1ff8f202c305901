package nl.opgaveengine.engine.eventstore;

import java.lang.reflect.Field;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The aggregate cache of the engine's repositories (Axon's caching event-sourcing repository), made safe for
 * joined transactions and for several nodes sharing one event store.
 * <ul>
 *   <li>It only ever shares <em>committed</em> state: inside a transaction a cached aggregate is taken out of the
 *   shared cache when it is loaded, and the aggregate saved by the transaction goes back only after the
 *   transaction committed. A rollback (also of an outer transaction the engine joined) leaves nothing behind, and
 *   no other thread ever works on an aggregate whose events are not committed yet.</li>
 *   <li>A cached aggregate is used only while its version is the stored one: every load asks the event store for
 *   the aggregate's last sequence number (one indexed look-up instead of reading and deserialising the whole
 *   stream). When another node appended meanwhile, the entry is dropped and the aggregate is replayed. A write
 *   that still races is refused by the unique (aggregate, sequence number) key, as without a cache.</li>
 * </ul>
 * The shared part is a least-recently-used map of at most {@code maxEntries} aggregates (strong references: weak
 * ones would be cleared by every young collection under load).
 */
public class CommittedAggregateCache implements Cache {

    private static final Field VERSION = versionField();

    private final Map<Object, Object> shared;
    private final JdbcTemplate jdbc;
    private final String versionQuery;

    public CommittedAggregateCache(JdbcTemplate jdbc, EventSchema schema, int maxEntries) {
        this.shared = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > maxEntries;
            }
        });
        this.jdbc = jdbc;
        this.versionQuery = "SELECT MAX(" + schema.sequenceNumberColumn() + ") FROM " + schema.domainEventTable()
                + " WHERE " + schema.aggregateIdentifierColumn() + " = ?";
    }

    /** Whether this Axon version lets the cache read an entry's version (otherwise nothing is ever cached). */
    public static boolean supported() {
        return VERSION != null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Map<Object, Object> pending = pending(false);
        if (pending != null && pending.containsKey(key)) {
            return (V) pending.get(key);
        }
        Object entry = shared.get(key);
        if (entry == null) {
            return null;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            shared.remove(key);
        }
        Long cachedVersion = version(entry);
        if (cachedVersion == null || !cachedVersion.equals(storedVersion(key))) {
            shared.remove(key);
            return null;
        }
        return (V) entry;
    }

    @Override
    public void put(Object key, Object value) {
        Map<Object, Object> pending = pending(true);
        if (pending != null) {
            pending.put(key, value);
        } else {
            publish(key, value);
        }
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        if (containsKey(key)) {
            return false;
        }
        put(key, value);
        return true;
    }

    @Override
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        T value = get(key);
        if (value == null) {
            value = valueSupplier.get();
            put(key, value);
        }
        return value;
    }

    @Override
    public boolean remove(Object key) {
        Map<Object, Object> pending = pending(false);
        boolean removed = pending != null && pending.remove(key) != null;
        return shared.remove(key) != null || removed;
    }

    @Override
    public void removeAll() {
        Map<Object, Object> pending = pending(false);
        if (pending != null) {
            pending.clear();
        }
        shared.clear();
    }

    @Override
    public boolean containsKey(Object key) {
        Map<Object, Object> pending = pending(false);
        return (pending != null && pending.containsKey(key)) || shared.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return () -> true;
    }

    private void publish(Object key, Object value) {
        Long version = version(value);
        if (version == null) {
            return;
        }
        shared.merge(key, value, (existing, offered) -> {
            Long existingVersion = version(existing);
            return existingVersion == null || existingVersion <= version ? offered : existing;
        });
    }

    private Long storedVersion(Object key) {
        return jdbc.queryForObject(versionQuery, Long.class, key.toString());
    }

    /** The aggregates saved in the current transaction, published to the shared cache when it commits. */
    @SuppressWarnings("unchecked")
    private Map<Object, Object> pending(boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<Object, Object> pending = (Map<Object, Object>) TransactionSynchronizationManager.getResource(this);
        if (pending == null && create) {
            Map<Object, Object> saved = new LinkedHashMap<>();
            TransactionSynchronizationManager.bindResource(this, saved);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                /** First among the after-completion work: what is handed on after a commit finds the aggregate here. */
                @Override
                public int getOrder() {
                    return HIGHEST_PRECEDENCE;
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CommittedAggregateCache.this);
                    if (status == STATUS_COMMITTED) {
                        saved.forEach(CommittedAggregateCache.this::publish);
                    }
                }
            });
            pending = saved;
        }
        return pending;
    }

    private static Long version(Object entry) {
        if (VERSION == null || !(entry instanceof AggregateCacheEntry<?>)) {
            return null;
        }
        try {
            return (Long) VERSION.get(entry);
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    private static Field versionField() {
        try {
            Field field = AggregateCacheEntry.class.getDeclaredField("version");
            field.setAccessible(true);
            return Objects.equals(field.getType(), Long.class) ? field : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
