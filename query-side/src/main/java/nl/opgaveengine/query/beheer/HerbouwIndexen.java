package nl.opgaveengine.query.beheer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * On PostgreSQL, sets the secondary indexes in {@link #OPZIJ} (and, when every projection is rebuilt, the primary
 * keys in {@link #SLEUTELS_OPZIJ}) aside for a bulk rebuild when their table is empty as it begins, and creates them
 * again afterwards: building an index once over the rebuilt rows is cheaper than maintaining it row by row, above all
 * a key of random event ids. Only indexes that no handler's statement needs are in that list (an index a handler's read or sub-select uses must stay, or the
 * rebuild slows down per row read). Other primary keys and unique indexes stay: the handlers' {@code on conflict}
 * needs them to skip an event delivered again, which a bulk rebuild never does. The tables mean the same without
 * these indexes; the views' queries are slower meanwhile. The definitions are stored in {@code qs_herbouw_index} in
 * the transaction that drops the indexes, and a node that died during a rebuild creates them at its next start.
 * Elsewhere (H2) it does nothing.
 */
@Component
public class HerbouwIndexen {

    private static final Logger LOG = LoggerFactory.getLogger(HerbouwIndexen.class);

    /**
     * The indexes of the large, append-only projection tables that only the views' queries use: no handler reads
     * {@code qs_gebeurtenis}, {@code qs_opgave_besluit}, {@code qs_opgave_document} or {@code qs_vw_afwijking}; the
     * sub-select on {@code qs_vw_besluit} and the reads of {@code qs_vw_mandaat} use their {@code _opgave} index, which
     * stays.
     */
    static final Set<String> OPZIJ = Set.of("qs_gebeurtenis_opgave", "qs_gebeurtenis_tijdstip", "qs_gebeurtenis_type",
            "qs_gebeurtenis_actor", "qs_gebeurtenis_positie", "qs_opgave_besluit_opgave", "qs_opgave_document_opgave",
            "qs_vw_afwijking_opgave", "qs_vw_besluit_actor", "qs_vw_besluit_rol", "qs_vw_mandaat_persoon");

    /**
     * The primary keys set aside: those of the large append-only tables, each keyed by the random id of the event that
     * wrote the row (the deviations by event and kind). Their handlers insert with {@code on conflict do nothing}
     * without naming a key, which PostgreSQL accepts without one, and never read or update these tables by key. Each
     * event writes at most one row per key: one handler per table writes it, once per event (a gate decision's two
     * deviations differ in kind). A bulk rebuild reads each stored event once, and the event store keeps event ids
     * unique, so no row comes twice. Adding a key again would fail if one did, and the rebuild would say so.
     */
    static final Set<String> SLEUTELS_OPZIJ = Set.of("qs_gebeurtenis_pkey", "qs_opgave_besluit_pkey",
            "qs_opgave_document_pkey", "qs_vw_besluit_pkey", "qs_vw_afwijking_nieuw_pkey");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Set<String> opzij;
    private final Set<String> sleutelsOpzij;

    @Autowired
    public HerbouwIndexen(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this(jdbc, transactionManager, OPZIJ, SLEUTELS_OPZIJ);
    }

    HerbouwIndexen(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Set<String> opzij) {
        this(jdbc, transactionManager, opzij, Set.of());
    }

    HerbouwIndexen(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Set<String> opzij,
                   Set<String> sleutelsOpzij) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.opzij = Set.copyOf(opzij);
        this.sleutelsOpzij = Set.copyOf(sleutelsOpzij);
    }

    /**
     * Drops the listed secondary indexes of the empty {@code qs_} tables, and, when {@code ookSleutels} (every
     * projection is rebuilt, so no processor writes meanwhile), their listed primary keys; returns their names (none
     * on H2). A rebuild of some projections keeps every key: another projection's processor, still running, may be
     * handed an event again and relies on its key to skip it.
     */
    public List<String> zetOpzij(boolean ookSleutels) {
        if (!postgres()) {
            return List.of();
        }
        return transaction.execute(status -> {
            List<Index> indexen = jdbc.query("""
                    select i.indexname, i.tablename, i.indexdef from pg_indexes i
                    where i.schemaname = current_schema() and i.tablename like 'qs\\_%'
                      and i.tablename <> 'qs_herbouw_index' and i.indexdef not like 'CREATE UNIQUE %'
                      and not exists (select 1 from pg_constraint c
                                      where c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)
                    order by i.tablename, i.indexname""",
                    (rs, n) -> new Index(rs.getString(1), rs.getString(2), rs.getString(3)));
            List<String> weg = new java.util.ArrayList<>();
            for (Index index : indexen) {
                if (opzij.contains(index.naam) && leeg(index.tabel)) {
                    weg.add(zetOpzij(index, "drop index " + quote(index.naam)));
                }
            }
            List<Index> sleutels = !ookSleutels ? List.of() : jdbc.query("""
                    select c.conname, t.relname, pg_get_constraintdef(c.oid) from pg_constraint c
                    join pg_class t on t.oid = c.conrelid
                    where c.contype = 'p' and c.connamespace = current_schema()::regnamespace
                    order by t.relname, c.conname""",
                    (rs, n) -> new Index(rs.getString(1), rs.getString(2), "ALTER TABLE " + quote(rs.getString(2))
                            + " ADD CONSTRAINT " + quote(rs.getString(1)) + " " + rs.getString(3)));
            for (Index sleutel : sleutels) {
                if (sleutelsOpzij.contains(sleutel.naam) && leeg(sleutel.tabel)) {
                    weg.add(zetOpzij(sleutel, "alter table " + quote(sleutel.tabel) + " drop constraint "
                            + quote(sleutel.naam)));
                }
            }
            if (!weg.isEmpty()) {
                LOG.info("Herbouw: {} indexen opzij gezet tot na de herbouw: {}", weg.size(), weg);
            }
            return weg;
        });
    }

    /**
     * Creates every index set aside again (one transaction per index), then analyzes their tables: right after a bulk
     * load PostgreSQL has no statistics for them yet and plans the views' queries as for an empty table (measured:
     * a bitmap scan of the whole time index for one opgave's as-of query). Returns the names of the indexes.
     */
    public List<String> herstel() {
        if (!postgres()) {
            return List.of();
        }
        List<Index> indexen = jdbc.query("select naam, tabel, definitie from qs_herbouw_index order by tabel, naam",
                (rs, n) -> new Index(rs.getString(1), rs.getString(2), rs.getString(3)));
        List<String> terug = new java.util.ArrayList<>();
        java.util.Set<String> tabellen = new java.util.TreeSet<>();
        for (Index index : indexen) {
            long start = System.nanoTime();
            transaction.executeWithoutResult(status -> {
                if (!index.definitie.startsWith("ALTER TABLE ")) {
                    jdbc.execute(index.definitie.replaceFirst("^CREATE INDEX ", "CREATE INDEX IF NOT EXISTS "));
                } else if (!Boolean.TRUE.equals(jdbc.queryForObject("""
                        select exists (select 1 from pg_constraint
                                       where conname = ? and connamespace = current_schema()::regnamespace)""",
                        Boolean.class, index.naam))) {
                    jdbc.execute(index.definitie);
                }
                jdbc.update("delete from qs_herbouw_index where naam = ?", index.naam);
            });
            LOG.info("Herbouw: index {} op {} weer aangemaakt in {} ms", index.naam, index.tabel,
                    (System.nanoTime() - start) / 1_000_000);
            terug.add(index.naam);
            tabellen.add(index.tabel);
        }
        for (String tabel : tabellen) {
            long start = System.nanoTime();
            jdbc.execute("analyze " + quote(tabel));
            LOG.info("Herbouw: statistieken van {} bijgewerkt in {} ms", tabel, (System.nanoTime() - start) / 1_000_000);
        }
        return terug;
    }

    /** A node that died during a rebuild left indexes aside: they are created at its next start. */
    @EventListener(ApplicationReadyEvent.class)
    public void herstelBijStart() {
        try {
            List<String> terug = herstel();
            if (!terug.isEmpty()) {
                LOG.warn("Indexen van een afgebroken herbouw weer aangemaakt: {}", terug);
            }
        } catch (RuntimeException e) {
            LOG.error("Indexen van een afgebroken herbouw konden niet worden aangemaakt", e);
        }
    }

    /** Keeps the definition for {@link #herstel()} and drops the index or key, in the caller's transaction. */
    private String zetOpzij(Index index, String drop) {
        jdbc.update("insert into qs_herbouw_index (naam, tabel, definitie) values (?, ?, ?)", index.naam, index.tabel,
                index.definitie);
        jdbc.execute(drop);
        return index.naam;
    }

    private boolean leeg(String tabel) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select not exists (select 1 from " + quote(tabel) + ")",
                Boolean.class));
    }

    private boolean postgres() {
        String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        return product != null && product.toLowerCase(Locale.ROOT).contains("postgres");
    }

    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private record Index(String naam, String tabel, String definitie) {
    }
}
