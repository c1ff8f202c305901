package nl.opgaveengine.query.support;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.SqlProvider;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.StatementCallback;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
 * A table named with {@link #rijenInGeheugen} keeps its rows in memory during a bundle: single-row writes by its key
 * change the row there, and the row is queued once, in its final state, before a read of that table and at the end
 * (ADR 0008). Other writes on such a table are queued after the rows they could depend on.
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
    /** What a statement writes and reads, parsed once per SQL text (the handlers use a few dozen). */
    private static final Map<String, Vorm> VORMEN = new java.util.concurrent.ConcurrentHashMap<>();

    /** The table a statement writes ({@code null}: unknown), whether it reads, and the tables it reads. */
    private record Vorm(String schrijft, boolean leest, Set<String> tabellen) {

        static Vorm van(String sql) {
            Vorm vorm = VORMEN.get(sql);
            if (vorm == null) {
                vorm = parse(sql);
                if (VORMEN.size() < 10_000) { // SQL built per call (an IN list per size) must not grow it for ever
                    VORMEN.putIfAbsent(sql, vorm);
                }
            }
            return vorm;
        }

        private static Vorm parse(String sql) {
            Matcher matcher = WRITE_TABLE.matcher(sql);
            TreeSet<String> tables = new TreeSet<>();
            Matcher read = READ_TABLE.matcher(sql);
            while (read.find()) {
                tables.add(read.group(1).toLowerCase(Locale.ROOT));
            }
            return new Vorm(matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT) : null,
                    READS.matcher(sql).find(), java.util.Collections.unmodifiableSortedSet(tables));
        }
    }

    /** Per table whose rows are held in memory during a bundle: its key column (a primary key). */
    private final Map<String, String> rijSleutels = new java.util.HashMap<>();

    public ProjectieJdbc(JdbcTemplate base) {
        super(base.getDataSource());
        setExceptionTranslator(base.getExceptionTranslator());
    }

    /**
     * During a bundle, holds this table's rows in memory: single-row writes by its primary key ({@link RijOpdracht})
     * change the row in memory, and the row goes to the database once, as its final state, when the bundle ends or a
     * handler reads the table. Outside a bundle this changes nothing. Returns this.
     */
    public ProjectieJdbc rijenInGeheugen(String tabel, String sleutelkolom) {
        rijSleutels.put(tabel.toLowerCase(Locale.ROOT), sleutelkolom.toLowerCase(Locale.ROOT));
        return this;
    }

    /**
     * Runs the work with every projection write of this thread collected, then sends what is left; the caller holds
     * the transaction. Returns what the work returned.
     */
    public static <T> T gebundeld(JdbcTemplate direct, Supplier<T> work) {
        return gebundeld(direct, null, work);
    }

    /**
     * As {@link #gebundeld(JdbcTemplate, Supplier)}, with what a rebuild remembers between its bundles (which rows it
     * has written), so a row it never wrote to a table that was empty when it began is known to be absent without a
     * read. {@code geheugen} may be null.
     */
    public static <T> T gebundeld(JdbcTemplate direct, Herbouwgeheugen geheugen, Supplier<T> work) {
        if (BUNDEL.get() != null) {
            throw new IllegalStateException("Already bundling statements on this thread");
        }
        Bundel bundel = new Bundel(direct, geheugen);
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

    /**
     * What the rebuild running on this thread remembers between its bundles, or {@code null} outside a rebuild (live
     * processing): a projection may keep there what it would otherwise read back from its own tables.
     */
    public static Herbouwgeheugen herbouwgeheugen() {
        Bundel bundel = BUNDEL.get();
        return bundel == null ? null : bundel.geheugen;
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
        bundel.write(sql, args, rijSleutels);
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

        private final Herbouwgeheugen geheugen;
        /** Per table held in memory: its key column and the rows touched in this bundle, by key. */
        private final Map<String, Rijen> rijen = new LinkedHashMap<>();

        Bundel(JdbcTemplate direct, Herbouwgeheugen geheugen) {
            this.direct = direct;
            this.geheugen = geheugen;
        }

        /**
         * A projection's write: applied to the row in memory when the table is held there and the statement has the
         * form of a single-row write by its key; otherwise queued (after the rows in memory it may depend on).
         */
        void write(String sql, Object[] args, Map<String, String> sleutels) {
            String table = Vorm.van(sql).schrijft();
            if (table == null) {
                // it may write any table: every row in memory goes first, and no table is known to be empty any more
                writeBackAll();
                rijen.clear();
                if (geheugen != null) {
                    geheugen.onbekendeSchrijfopdracht();
                }
                add(sql, args);
                return;
            }
            String sleutel = sleutels.get(table);
            if (sleutel != null) {
                RijOpdracht opdracht = RijOpdracht.lees(sql);
                if (opdracht != null && opdracht.tabel().equals(table)) {
                    Object key = opdracht.sleutel(sleutel, args);
                    if (key != null && opdracht.toewijzingen().stream().noneMatch(
                            t -> !opdracht.insert() && t.kolom().equals(sleutel))) {
                        apply(table, sleutel, opdracht, sql, args, key);
                        return;
                    }
                }
            }
            // a write that names no single row of a table held in memory: those rows go first and are forgotten
            if (rijen.containsKey(table)) {
                writeBack(table);
                rijen.remove(table);
            }
            if (geheugen != null) {
                geheugen.nietLeeg(table);
            }
            add(sql, args);
        }

        private void apply(String table, String sleutel, RijOpdracht opdracht, String sql, Object[] args, Object key) {
            Rij rij = rij(table, sleutel, key);
            if (opdracht.insert()) {
                if (!rij.bestaat) {
                    rij.bestaat = true;
                    for (RijOpdracht.Toewijzing t : opdracht.toewijzingen()) {
                        rij.zet(t.kolom(), args[t.parameter()]);
                    }
                    rij.volgorde = VOLGORDE.get();
                }
                countInGeheugen(table);
                return;
            }
            if (!rij.bestaat) {
                countInGeheugen(table); // updates nothing, as in the database
                return;
            }
            try {
                for (RijOpdracht.Voorwaarde voorwaarde : opdracht.voorwaarden()) {
                    if (!voorwaarde.kolom().equals(sleutel)
                            && !RijOpdracht.gelijk(rij.bekend(voorwaarde.kolom()), args[voorwaarde.parameter()])) {
                        countInGeheugen(table);
                        return;
                    }
                }
                Map<String, Object> nieuw = new LinkedHashMap<>();
                for (RijOpdracht.Toewijzing t : opdracht.toewijzingen()) {
                    switch (t.soort()) {
                        case PARAMETER -> nieuw.put(t.kolom(), args[t.parameter()]);
                        case NULL -> nieuw.put(t.kolom(), null);
                        case GREATEST -> nieuw.put(t.kolom(),
                                RijOpdracht.grootste(rij.bekend(t.bron()), args[t.parameter()]));
                        case OPAQUE -> throw new RijOpdracht.Onvergelijkbaar();
                    }
                }
                nieuw.forEach(rij::zet);
                rij.volgorde = VOLGORDE.get();
                countInGeheugen(table);
            } catch (RijOpdracht.Onvergelijkbaar e) {
                // the database applies this one: the row as it is so far first, then the statement; the columns it
                // sets are unknown in memory from now on
                writeBack(table, rij);
                add(sql, args);
                for (RijOpdracht.Toewijzing t : opdracht.toewijzingen()) {
                    rij.vergeet(t.kolom());
                }
            }
        }

        /** The row in memory, read from the database (or known to be absent) the first time in this bundle. */
        private Rij rij(String table, String sleutel, Object key) {
            Rijen tabel = rijen.computeIfAbsent(table, t -> new Rijen(sleutel));
            Rij rij = tabel.rijen.get(key);
            if (rij != null) {
                return rij;
            }
            if (geheugen != null && geheugen.leeg(table, () -> isLeeg(table)) && !geheugen.geschreven(table, key)) {
                rij = new Rij(false, false, Map.of());
            } else {
                flush(group(table));
                long start = System.nanoTime();
                List<Map<String, Object>> gelezen = direct.query("select * from " + table + " where " + sleutel + " = ?",
                        (rs, n) -> {
                            java.sql.ResultSetMetaData meta = rs.getMetaData();
                            Map<String, Object> waarden = new java.util.HashMap<>();
                            for (int i = 1; i <= meta.getColumnCount(); i++) {
                                Object waarde = rs.getObject(i);
                                if (waarde instanceof java.sql.Timestamp) {
                                    waarde = rs.getObject(i, java.time.OffsetDateTime.class);
                                }
                                waarden.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), waarde);
                            }
                            return waarden;
                        }, key);
                count(table + " (lezen)", 1, System.nanoTime() - start);
                rij = gelezen.isEmpty() ? new Rij(false, false, Map.of()) : new Rij(true, true, gelezen.get(0));
            }
            tabel.rijen.put(key, rij);
            return rij;
        }

        private boolean isLeeg(String table) {
            flush(group(table));
            return direct.queryForList("select 1 from " + table + " fetch first 1 rows only").isEmpty();
        }

        private void writeBackAll() {
            new ArrayList<>(rijen.keySet()).forEach(this::writeBack);
        }

        private void writeBack(String table) {
            Rijen tabel = rijen.get(table);
            if (tabel != null) {
                tabel.rijen.values().forEach(rij -> writeBack(table, rij));
            }
        }

        /** Queues the row's changes since it was last written: an insert of the new row, or an update of its key. */
        private void writeBack(String table, Rij rij) {
            if (!rij.bestaat || rij.gewijzigd.isEmpty()) {
                return;
            }
            String sleutel = rijen.get(table).sleutel;
            Object key = null;
            StringBuilder sql = new StringBuilder();
            List<Object> args = new ArrayList<>();
            if (!rij.inDb) {
                java.util.TreeMap<String, Object> kolommen = new java.util.TreeMap<>(rij.waarden);
                key = kolommen.get(sleutel);
                sql.append("insert into ").append(table).append(" (").append(String.join(", ", kolommen.keySet()))
                        .append(") values (").append(String.join(", ", java.util.Collections.nCopies(kolommen.size(), "?")))
                        .append(')');
                args.addAll(kolommen.values());
                rij.inDb = true;
                if (geheugen != null) {
                    geheugen.schrijft(table, key);
                }
            } else {
                sql.append("update ").append(table).append(" set ");
                String komma = "";
                for (String kolom : new TreeSet<>(rij.gewijzigd)) {
                    sql.append(komma).append(kolom).append(" = ?");
                    args.add(rij.waarden.get(kolom));
                    komma = ", ";
                }
                sql.append(" where ").append(sleutel).append(" = ?");
                args.add(rij.sleutel(sleutel));
            }
            rij.gewijzigd.clear();
            enqueue(group(table), sql.toString(), args.toArray(), rij.volgorde);
        }

        private static void countInGeheugen(String table) {
            long[] counts = TELLERS.computeIfAbsent(table + " (in geheugen)", t -> new long[3]);
            synchronized (counts) {
                counts[0]++;
            }
        }

        void add(String sql, Object[] args) {
            Vorm vorm = Vorm.van(sql);
            if (vorm.schrijft() == null) {
                flushAll();
                direct.update(sql, args);
                count("?", 1, 0);
                return;
            }
            String group = group(vorm.schrijft());
            if (vorm.leest()) {
                Set<String> read = vorm.tabellen();
                read.stream().filter(rijen::containsKey).forEach(this::writeBack);
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
            enqueue(group, sql, args.clone(), VOLGORDE.get());
        }

        private void enqueue(String group, String sql, Object[] args, String key) {
            perTable.computeIfAbsent(group, t -> new ArrayDeque<>()).add(new Statement(sql, args, key));
        }

        private String group(String table) {
            return groupOf.getOrDefault(table, table);
        }

        void flushForRead(String sql) {
            Set<String> tables = sql == null ? Set.of() : Vorm.van(sql).tabellen();
            if (tables.isEmpty()) {
                flushAll();
                return;
            }
            tables.stream().filter(rijen::containsKey).forEach(this::writeBack);
            tables.stream().map(this::group).distinct().forEach(this::flush);
        }

        void flushAll() {
            writeBackAll();
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
                direct.batchUpdate(sql, new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        zet(statement, run.get(i));
                    }

                    @Override
                    public int getBatchSize() {
                        return run.size();
                    }
                });
            }
        }

        /**
         * Sets a batch row's values: the common types with their own setter, as {@link JdbcTemplate} ends up doing for
         * them, without its general path per value (a sixth of a rebuild's handling thread in a profile); null and
         * every other type through that general path.
         */
        private static void zet(PreparedStatement statement, Object[] args) throws SQLException {
            for (int i = 0; i < args.length; i++) {
                Object value = args[i];
                if (value instanceof String text) {
                    statement.setString(i + 1, text);
                } else if (value instanceof Long number) {
                    statement.setLong(i + 1, number);
                } else if (value instanceof Integer number) {
                    statement.setInt(i + 1, number);
                } else if (value instanceof Boolean flag) {
                    statement.setBoolean(i + 1, flag);
                } else if (value instanceof BigDecimal number) {
                    statement.setBigDecimal(i + 1, number);
                } else {
                    StatementCreatorUtils.setParameterValue(statement, i + 1, SqlTypeValue.TYPE_UNKNOWN, value);
                }
            }
        }
    }

    private record Statement(String sql, Object[] args, String key) {
    }

    /** The rows of one table held in memory in a bundle. */
    private static final class Rijen {
        final String sleutel;
        final Map<Object, Rij> rijen = new LinkedHashMap<>();

        Rijen(String sleutel) {
            this.sleutel = sleutel;
        }
    }

    /**
     * One row as the statements so far left it: whether it exists, whether the database has it (an insert sent),
     * the values known (a column missing from {@code waarden} is unknown: a default, or set by a statement that ran in
     * the database) and the columns changed since it was last sent.
     */
    private static final class Rij {
        boolean bestaat;
        boolean inDb;
        final Map<String, Object> waarden;
        final Set<String> gewijzigd = new java.util.HashSet<>();
        String volgorde;

        Rij(boolean bestaat, boolean inDb, Map<String, Object> waarden) {
            this.bestaat = bestaat;
            this.inDb = inDb;
            this.waarden = new java.util.HashMap<>(waarden);
        }

        void zet(String kolom, Object waarde) {
            waarden.put(kolom, waarde);
            gewijzigd.add(kolom);
        }

        void vergeet(String kolom) {
            waarden.remove(kolom);
            gewijzigd.remove(kolom);
        }

        Object bekend(String kolom) {
            if (!waarden.containsKey(kolom)) {
                throw new RijOpdracht.Onvergelijkbaar();
            }
            return waarden.get(kolom);
        }

        Object sleutel(String kolom) {
            return waarden.get(kolom);
        }
    }

    /**
     * What a bulk rebuild remembers from one bundle to the next about the tables held in memory: whether a table was
     * empty when the rebuild first touched it and which keys the rebuild has written since, so a row it never wrote is
     * known to be absent without reading it. One per rebuild, used by one thread.
     */
    public static final class Herbouwgeheugen {
        private final Map<String, Object> projecties = new java.util.HashMap<>();
        private final Map<String, Boolean> leeg = new java.util.HashMap<>();
        private final Map<String, Set<Object>> geschreven = new java.util.HashMap<>();
        private boolean onbekend;

        boolean leeg(String table, java.util.function.BooleanSupplier controle) {
            if (onbekend) {
                return false;
            }
            return leeg.computeIfAbsent(table, t -> controle.getAsBoolean());
        }

        /**
         * A projection's own state for the length of the rebuild, made on first use. The rebuild starts from empty
         * tables and sees every event in order, so state built from the events it has handled equals what its tables
         * hold at that point.
         */
        @SuppressWarnings("unchecked")
        public <T> T vanProjectie(String naam, Supplier<T> nieuw) {
            return (T) projecties.computeIfAbsent(naam, n -> nieuw.get());
        }

        void nietLeeg(String table) {
            leeg.put(table, false);
        }

        void onbekendeSchrijfopdracht() {
            onbekend = true;
        }

        boolean geschreven(String table, Object key) {
            return geschreven.getOrDefault(table, Set.of()).contains(key);
        }

        void schrijft(String table, Object key) {
            geschreven.computeIfAbsent(table, t -> new java.util.HashSet<>()).add(key);
        }
    }
}
