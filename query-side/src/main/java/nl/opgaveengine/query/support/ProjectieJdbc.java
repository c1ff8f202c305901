package nl.opgaveengine.query.support;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.SqlProvider;
import org.springframework.jdbc.core.StatementCallback;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JDBC access of a projection. Outside a bulk rebuild it is a plain {@link JdbcTemplate}: every statement runs at
 * once. While the current thread runs {@link #gebundeld(Supplier)} (the bulk rebuild), {@code update(sql, args)} only
 * collects the statement in a queue per table; a queue is sent as JDBC batches (consecutive statements with the same
 * SQL in one batch) when a handler reads that table, and all queues at the end of the bundle. Statements on one table
 * keep their order; statements on different tables may be sent in another order, which is safe because no table
 * has foreign keys or triggers. A write whose SQL reads other tables (a sub-select) puts those tables in one queue
 * with its own from then on; a write whose table cannot be named first sends everything and then runs at once.
 * Within a queue, statements of different ordering keys ({@link #metVolgorde}) may be batched across each other.
 * <p>
 * So the handlers stay the one source of a projection's logic: live processing and the rebuild run the same code.
 */
public class ProjectieJdbc extends JdbcTemplate {

    private static final ThreadLocal<Bundel> BUNDEL = new ThreadLocal<>();
    private static final ThreadLocal<String> VOLGORDE = new ThreadLocal<>();
    private static final Pattern WRITE_TABLE = Pattern.compile(
            "^\\s*(?:insert\\s+into|update|delete\\s+from)\\s+([a-z_][a-z0-9_]*)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern READ_TABLE = Pattern.compile("\\b(?:from|join)\\s+([a-z_][a-z0-9_]*)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern READS = Pattern.compile("\\bselect\\b", Pattern.CASE_INSENSITIVE);

    public ProjectieJdbc(JdbcTemplate base) {
        super(base.getDataSource());
        setExceptionTranslator(base.getExceptionTranslator());
    }

    /**
     * Runs the work with every projection write of this thread collected, then sends what is left; the caller holds
     * the transaction. Returns what the work returned.
     */
    public static <T> T gebundeld(JdbcTemplate direct, Supplier<T> work) {
        if (BUNDEL.get() != null) {
            throw new IllegalStateException("Already bundling statements on this thread");
        }
        Bundel bundel = new Bundel(direct);
        BUNDEL.set(bundel);
        try {
            T result = work.get();
            bundel.flushAll();
            return result;
        } finally {
            BUNDEL.remove();
        }
    }

    /**
     * Runs one event's handlers with its ordering key: the aggregate whose events must stay in order (a processor's
     * sequencing policy). Statements of different keys may be batched across each other, as live processing with
     * several segments may interleave them too; statements of one key keep their order. Without a key (an event of no
     * aggregate) everything collected is sent before and after, so such an event keeps its place.
     */
    public static void metVolgorde(String key, Runnable handlers) {
        if (key == null) {
            verstuur();
        }
        VOLGORDE.set(key);
        try {
            handlers.run();
        } finally {
            VOLGORDE.remove();
        }
        if (key == null) {
            verstuur();
        }
    }

    /** Sends every statement collected so far on this thread (no-op outside a bundle). */
    public static void verstuur() {
        Bundel bundel = BUNDEL.get();
        if (bundel != null) {
            bundel.flushAll();
        }
    }

    /** Per table: statements, round trips (batches or single statements) and nanoseconds spent sending them. */
    private static final Map<String, long[]> TELLERS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Per table the statements and round trips sent by bundles since the last call, then starts counting anew. */
    public static Map<String, long[]> tellers() {
        Map<String, long[]> copy = new java.util.TreeMap<>();
        TELLERS.forEach((table, counts) -> copy.put(table, counts.clone()));
        TELLERS.clear();
        return copy;
    }

    @Override
    public int update(String sql, Object... args) {
        Bundel bundel = BUNDEL.get();
        if (bundel == null) {
            return super.update(sql, args);
        }
        bundel.add(sql, args);
        return 1;
    }

    @Override
    public <T> T query(PreparedStatementCreator psc, PreparedStatementSetter pss, ResultSetExtractor<T> rse) {
        Bundel bundel = BUNDEL.get();
        if (bundel != null) {
            bundel.flushForRead(psc instanceof SqlProvider provider ? provider.getSql() : null);
        }
        return super.query(psc, pss, rse);
    }

    @Override
    protected int update(PreparedStatementCreator psc, PreparedStatementSetter pss) {
        verstuur();
        return super.update(psc, pss);
    }

    @Override
    public <T> T execute(StatementCallback<T> action) {
        verstuur();
        return super.execute(action);
    }

    @Override
    public <T> T execute(ConnectionCallback<T> action) {
        verstuur();
        return super.execute(action);
    }

    @Override
    public int[] batchUpdate(String sql, BatchPreparedStatementSetter pss) {
        verstuur();
        return super.batchUpdate(sql, pss);
    }

    /** The statements collected on one thread, per table in order. */
    private static final class Bundel {
        private final JdbcTemplate direct;
        private final Map<String, ArrayDeque<Statement>> perTable = new LinkedHashMap<>();
        /** Tables whose writes read another table share that table's queue (keyed by the first table's name). */
        private final Map<String, String> groupOf = new java.util.HashMap<>();

        Bundel(JdbcTemplate direct) {
            this.direct = direct;
        }

        void add(String sql, Object[] args) {
            Matcher matcher = WRITE_TABLE.matcher(sql);
            if (!matcher.find()) {
                flushAll();
                direct.update(sql, args);
                count("?", 1, 0);
                return;
            }
            String group = group(matcher.group(1).toLowerCase(Locale.ROOT));
            if (READS.matcher(sql).find()) {
                Set<String> read = tables(sql);
                if (read.isEmpty()) {
                    flushAll();
                    direct.update(sql, args);
                    count("?", 1, 0);
                    return;
                }
                for (String table : read) {
                    String other = group(table);
                    if (!other.equals(group)) {
                        // from now on both tables share one queue, so this write sees what came before it
                        flush(other);
                        flush(group);
                        for (Map.Entry<String, String> entry : groupOf.entrySet()) {
                            if (entry.getValue().equals(other)) {
                                entry.setValue(group);
                            }
                        }
                        groupOf.put(other, group);
                        perTable.remove(other);
                    }
                }
            }
            perTable.computeIfAbsent(group, t -> new ArrayDeque<>())
                    .add(new Statement(sql, args.clone(), VOLGORDE.get()));
        }

        private String group(String table) {
            return groupOf.getOrDefault(table, table);
        }

        private static Set<String> tables(String sql) {
            Set<String> tables = new TreeSet<>();
            Matcher matcher = READ_TABLE.matcher(sql);
            while (matcher.find()) {
                tables.add(matcher.group(1).toLowerCase(Locale.ROOT));
            }
            return tables;
        }

        void flushForRead(String sql) {
            Set<String> tables = sql == null ? Set.of() : tables(sql);
            if (tables.isEmpty()) {
                flushAll();
                return;
            }
            tables.stream().map(this::group).distinct().forEach(this::flush);
        }

        void flushAll() {
            new ArrayList<>(perTable.keySet()).forEach(this::flush);
        }

        /**
         * Sends a table's queue in as few batches as the order allows: a statement joins the first batch with its SQL
         * at or after the batch of its key's previous statement (else a new batch at the end); the batches go out in
         * order, so each key's statements keep theirs. A statement without a key goes last and everything after it
         * comes after it.
         */
        private void flush(String table) {
            ArrayDeque<Statement> queue = perTable.get(table);
            if (queue == null || queue.isEmpty()) {
                return;
            }
            List<String> sqls = new ArrayList<>();
            List<List<Object[]>> rows = new ArrayList<>();
            Map<String, TreeSet<Integer>> batchesOfSql = new java.util.HashMap<>();
            Map<String, Integer> lastOfKey = new java.util.HashMap<>();
            int barrier = 0;
            while (!queue.isEmpty()) {
                Statement next = queue.poll();
                int after = next.key == null ? Math.max(barrier, rows.size() - 1)
                        : Math.max(barrier, lastOfKey.getOrDefault(next.key, 0));
                TreeSet<Integer> candidates = batchesOfSql.computeIfAbsent(next.sql, q -> new TreeSet<>());
                Integer candidate = candidates.ceiling(after);
                int index;
                if (candidate != null) {
                    index = candidate;
                } else {
                    index = rows.size();
                    sqls.add(next.sql);
                    rows.add(new ArrayList<>());
                    candidates.add(index);
                }
                rows.get(index).add(next.args);
                if (next.key == null) {
                    barrier = index;
                } else {
                    lastOfKey.put(next.key, index);
                }
            }
            for (int i = 0; i < rows.size(); i++) {
                long start = System.nanoTime();
                send(sqls.get(i), rows.get(i));
                count(table, rows.get(i).size(), System.nanoTime() - start);
            }
        }

        private static void count(String table, int statements, long nanos) {
            long[] counts = TELLERS.computeIfAbsent(table, t -> new long[3]);
            synchronized (counts) {
                counts[0] += statements;
                counts[1]++;
                counts[2] += nanos;
            }
        }

        private void send(String sql, List<Object[]> run) {
            if (run.size() == 1) {
                direct.update(sql, run.get(0));
            } else {
                direct.batchUpdate(sql, run);
            }
        }
    }

    private record Statement(String sql, Object[] args, String key) {
    }
}
