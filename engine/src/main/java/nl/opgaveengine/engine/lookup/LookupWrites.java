package nl.opgaveengine.engine.lookup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The lookup projection's writes of one transaction, held back until just before it commits (or until the next
 * lookup read in the same transaction) and then sent as JDBC batches: consecutive writes of the same statement go as
 * one batch, all history rows as one batch per table. The writes stay in the transaction of the events they follow,
 * in their order; a run of different statements whose parameters are all keys goes as one batch of plain statements.
 * Two kinds of writes are dropped on the way because their net effect is nothing:
 * <ul>
 *   <li>the rows of an element instance that is activated and ended inside the transaction (a start event, a
 *   gateway, an end event passed in one step): its insert and the rows owned by it are removed from the batch
 *   instead of being inserted and deleted again;</li>
 *   <li>deletes of single rows of a process instance that ends in the same transaction: the instance's end deletes
 *   every such row of the instance anyway.</li>
 * </ul>
 * Outside a transaction with synchronization every write goes to the database at once.
 */
@Component
public class LookupWrites {

    /** The lookup tables whose rows belong to one element instance (keyed by it) and go when it ends. */
    enum Owned { ELEMENT, VARIABLE, JOB, SUBSCRIPTION, INCIDENT, USER_TASK }

    private final JdbcTemplate jdbc;

    public LookupWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Sends the writes held back so far in this transaction (before a read that must see them). */
    public void flush() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            Batch batch = (Batch) TransactionSynchronizationManager.getResource(this);
            if (batch != null) {
                batch.sendAll();
            }
        }
    }

    /**
     * A write of no particular owner. {@code subsumedByEndOf}: the process instance whose end (in the same
     * transaction) deletes this row anyway, for a single-row delete; otherwise null.
     */
    void write(Long subsumedByEndOf, String sql, Object... args) {
        hold(sql, args, null, null, subsumedByEndOf);
    }

    /**
     * A write of a row owned by element instance {@code owner}: dropped when that element was activated in this
     * transaction and ends in it too; {@code subsumedByEndOf} as for {@link #write}.
     */
    void owned(long owner, Owned table, Long subsumedByEndOf, String sql, Object... args) {
        hold(sql, args, owner, table, subsumedByEndOf);
    }

    /**
     * An insert of a row owned by {@code owner} (as {@link #owned}) that a later event of the transaction may still
     * fold into it ({@link #amendInsert}), e.g. a job's activation in the step that created it.
     */
    void ownedInsert(long rowKey, long owner, Owned table, String sql, Object... args) {
        Op op = hold(sql, args, owner, table, null);
        if (op != null) {
            batch().inserts.put(rowKey, op);
        }
    }

    /** Holds the write back in this transaction's batch, or sends it at once outside one (then answers null). */
    private Op hold(String sql, Object[] args, Long owner, Owned table, Long subsumedByEndOf) {
        Batch batch = batch();
        if (batch == null) {
            jdbc.update(sql, args);
            return null;
        }
        Op op = new Op(sql, args, owner, table, subsumedByEndOf);
        batch.add(op);
        return op;
    }

    /**
     * Folds a change into a held-back insert of {@link #ownedInsert}: the insert becomes {@code sql} with
     * {@code extraArgs} after its own parameters. False when the insert was sent already (then update the row).
     */
    boolean amendInsert(long rowKey, String sql, Object... extraArgs) {
        Batch batch = batch();
        Op op = batch == null ? null : batch.inserts.get(rowKey);
        if (op == null || op.dropped) {
            return false;
        }
        Object[] args = java.util.Arrays.copyOf(op.args, op.args.length + extraArgs.length);
        System.arraycopy(extraArgs, 0, args, op.args.length, extraArgs.length);
        op.sql = sql;
        op.args = args;
        return true;
    }

    /** An element instance's row in {@code engine_element_instance}. */
    void elementActivated(long elementInstanceKey, String sql, Object... args) {
        Batch batch = batch();
        if (batch == null) {
            jdbc.update(sql, args);
        } else {
            batch.born.add(elementInstanceKey);
            batch.add(new Op(sql, args, elementInstanceKey, Owned.ELEMENT, null));
        }
    }

    /** A process instance created in this transaction: it has no variable rows in the database yet. */
    void instanceCreated(long processInstanceKey) {
        Batch batch = batch();
        if (batch != null) {
            batch.born.add(processInstanceKey);
        }
    }

    /**
     * Whether an element instance activated in this transaction (and not yet written) ends here: then its pending
     * rows in the given tables are dropped and nothing needs deleting. Otherwise the caller deletes its rows.
     */
    boolean endedWhereBorn(long elementInstanceKey, Set<Owned> tables) {
        Batch batch = batch();
        if (batch == null || !batch.born.remove(elementInstanceKey)) {
            return false;
        }
        for (Op op : batch.ops) {
            if (!op.dropped && Objects.equals(op.owner, elementInstanceKey) && tables.contains(op.table)) {
                op.dropped = true;
            }
        }
        batch.variables.keySet().removeIf(key -> key.scope == elementInstanceKey && tables.contains(Owned.VARIABLE));
        return true;
    }

    /**
     * Before a variable's new row: deletes its old one, unless the old one is still held back (then it is dropped)
     * or its scope was created in this transaction (then there is none).
     */
    void variableReplaced(long scopeKey, String name, String deleteSql, Object... deleteArgs) {
        Batch batch = batch();
        if (batch == null) {
            jdbc.update(deleteSql, deleteArgs);
            return;
        }
        Op pending = batch.variables.remove(new VariableKey(scopeKey, name));
        if (pending != null) {
            pending.dropped = true;
        } else if (!batch.born.contains(scopeKey)) {
            batch.add(new Op(deleteSql, deleteArgs, scopeKey, Owned.VARIABLE, null));
        }
    }

    /** A variable's new row (after {@link #variableReplaced}). */
    void variableInserted(long scopeKey, String name, String insertSql, Object... insertArgs) {
        Batch batch = batch();
        if (batch == null) {
            jdbc.update(insertSql, insertArgs);
            return;
        }
        Op insert = new Op(insertSql, insertArgs, scopeKey, Owned.VARIABLE, null);
        batch.add(insert);
        batch.variables.put(new VariableKey(scopeKey, name), insert);
    }

    /** The end of a process instance: its single-row deletes held back so far are covered by the instance's own. */
    void instanceEnded(long processInstanceKey) {
        Batch batch = batch();
        if (batch != null) {
            for (Op op : batch.ops) {
                if (Objects.equals(op.subsumedByEndOf, processInstanceKey)) {
                    op.dropped = true;
                }
            }
        }
    }

    /**
     * Work for after the commit that a later event of the same transaction may call off ({@link #callOff}), e.g. the
     * wake-up of the workers for a new job that was pushed to a worker in the same step. It is handed over just
     * before the commit (so {@code signal} registers its own after-commit work then); outside a transaction at once.
     */
    void signalUnlessCalledOff(long key, Runnable signal) {
        Batch batch = batch();
        if (batch == null) {
            signal.run();
        } else {
            batch.signals.put(key, signal);
        }
    }

    void callOff(long key) {
        Batch batch = batch();
        if (batch != null) {
            batch.signals.remove(key);
        }
    }

    /** A history row; all history rows of a table go as one batch, in their order. */
    void history(String sql, Object... args) {
        Batch batch = batch();
        if (batch == null) {
            jdbc.update(sql, args);
        } else {
            batch.history.computeIfAbsent(sql, s -> new ArrayList<>()).add(args);
        }
    }

    private Batch batch() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Batch batch = (Batch) TransactionSynchronizationManager.getResource(this);
        if (batch == null) {
            batch = new Batch();
            TransactionSynchronizationManager.bindResource(this, batch);
            TransactionSynchronizationManager.registerSynchronization(batch);
        }
        return batch;
    }

    private record VariableKey(long scope, String name) {
    }

    private static final class Op {
        String sql;
        Object[] args;
        final Long owner;
        final Owned table;
        final Long subsumedByEndOf;
        boolean dropped;

        /** Whether every parameter is a key (a Long or Integer) and the statement has no other question mark. */
        boolean keysOnly() {
            long marks = sql.chars().filter(c -> c == '?').count();
            if (marks != args.length || sql.indexOf('\'') >= 0) {
                return false;
            }
            for (Object arg : args) {
                if (!(arg instanceof Long) && !(arg instanceof Integer)) {
                    return false;
                }
            }
            return true;
        }

        Op(String sql, Object[] args, Long owner, Owned table, Long subsumedByEndOf) {
            this.sql = sql;
            this.args = args;
            this.owner = owner;
            this.table = table;
            this.subsumedByEndOf = subsumedByEndOf;
        }
    }

    /** The held-back writes of one transaction; bound to it as a resource, written in {@code beforeCommit}. */
    private final class Batch implements TransactionSynchronization {
        final List<Op> ops = new ArrayList<>();
        final Map<String, List<Object[]>> history = new java.util.LinkedHashMap<>();
        final Set<Long> born = new HashSet<>();
        final Map<VariableKey, Op> variables = new HashMap<>();
        final Map<Long, Runnable> signals = new java.util.LinkedHashMap<>();
        final Map<Long, Op> inserts = new HashMap<>();

        void add(Op op) {
            ops.add(op);
        }

        void sendAll() {
            List<Op> pending = new ArrayList<>(ops);
            Map<String, List<Object[]>> rows = new java.util.LinkedHashMap<>(history);
            ops.clear();
            history.clear();
            born.clear();
            variables.clear();
            inserts.clear();
            List<Op> live = pending.stream().filter(op -> !op.dropped).toList();
            int i = 0;
            while (i < live.size()) {
                int j = i + 1;
                while (j < live.size() && live.get(j).sql.equals(live.get(i).sql)) {
                    j++;
                }
                int k = i;
                while (k < live.size() && live.get(k).keysOnly()) {
                    k++;
                }
                if (k > j) {
                    sendInlined(live.subList(i, k));
                    i = k;
                } else {
                    send(live.get(i).sql, live.subList(i, j).stream().map(op -> op.args).toList());
                    i = j;
                }
            }
            rows.forEach(LookupWrites.this::send);
        }

        @Override
        public void flush() {
            sendAll();
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            sendAll();
            List<Runnable> pending = new ArrayList<>(signals.values());
            signals.clear();
            pending.forEach(Runnable::run);
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(LookupWrites.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(LookupWrites.this, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(LookupWrites.this);
        }
    }

    /**
     * Several different statements whose parameters are all keys (numbers) in one round trip: a JDBC batch of
     * plain statements with the keys written into them (only numbers are ever written into SQL this way).
     */
    private void sendInlined(List<Op> ops) {
        String[] statements = new String[ops.size()];
        for (int n = 0; n < ops.size(); n++) {
            Op op = ops.get(n);
            StringBuilder sql = new StringBuilder(op.sql.length() + 16 * op.args.length);
            int arg = 0;
            for (int c = 0; c < op.sql.length(); c++) {
                char ch = op.sql.charAt(c);
                if (ch == '?') {
                    sql.append(((Number) op.args[arg++]).longValue());
                } else {
                    sql.append(ch);
                }
            }
            statements[n] = sql.toString();
        }
        jdbc.batchUpdate(statements);
    }

    private void send(String sql, List<Object[]> args) {
        if (args.size() == 1) {
            jdbc.update(sql, args.get(0));
        } else if (!args.isEmpty()) {
            jdbc.batchUpdate(sql, args);
        }
    }
}
