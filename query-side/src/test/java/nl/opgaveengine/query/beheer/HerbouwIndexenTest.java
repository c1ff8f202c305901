package nl.opgaveengine.query.beheer;

import nl.opgaveengine.query.QuerySideTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL the listed secondary indexes and primary keys of empty projection tables are set aside for a bulk
 * rebuild and created again with the same definition, also by a node starting after it died during the rebuild; other
 * primary keys, unique indexes and the indexes of tables that hold rows stay, even when listed. On H2 nothing is set
 * aside.
 */
@QuerySideTest
class HerbouwIndexenTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @BeforeEach
    void tables() {
        jdbc.execute("create table if not exists qs_index_leeg (id varchar(100) primary key, a varchar(20), b integer)");
        jdbc.execute("create index if not exists qs_index_leeg_a on qs_index_leeg (a, b)");
        jdbc.execute("create unique index if not exists qs_index_leeg_b on qs_index_leeg (b)");
        jdbc.execute("create table if not exists qs_index_vol (id varchar(100) primary key, a varchar(20))");
        jdbc.execute("create index if not exists qs_index_vol_a on qs_index_vol (a)");
        jdbc.execute("create table if not exists qs_index_sleutel (id varchar(100), n integer)");
        if (postgres()) {
            // a key left aside by a test that failed halfway comes back first
            jdbc.execute("alter table qs_index_sleutel drop constraint if exists qs_index_sleutel_pkey");
            jdbc.execute("alter table qs_index_sleutel add constraint qs_index_sleutel_pkey primary key (id)");
            jdbc.update("delete from qs_herbouw_index where naam like 'qs_index_%'");
        }
        jdbc.update("delete from qs_index_leeg");
        jdbc.update("delete from qs_index_sleutel");
        jdbc.update("delete from qs_index_vol");
        jdbc.update("insert into qs_index_vol (id, a) values ('1', 'x')");
    }

    @Test
    void listedSecondaryIndexesOfEmptyTablesAreSetAsideAndCreatedAgainWithTheSameDefinition() {
        Map<String, String> voor = definities();
        HerbouwIndexen indexen = new HerbouwIndexen(jdbc, transactionManager,
                Set.of("qs_index_leeg_a", "qs_index_leeg_b", "qs_index_leeg_pkey", "qs_index_vol_a"));
        List<String> opzij = indexen.zetOpzij(true);
        if (!postgres()) {
            assertThat(opzij).isEmpty();
            assertThat(indexen.herstel()).isEmpty();
            assertThat(definities()).isEqualTo(voor);
            return;
        }
        assertThat(opzij).containsExactly("qs_index_leeg_a").doesNotContain("qs_index_leeg_b", "qs_index_leeg_pkey",
                "qs_index_vol_a", "qs_herbouw_index_pkey");
        assertThat(definities()).doesNotContainKey("qs_index_leeg_a").containsKeys("qs_index_leeg_b", "qs_index_vol_a");
        assertThat(jdbc.queryForList("select naam from qs_herbouw_index", String.class))
                .containsExactlyInAnyOrderElementsOf(opzij);

        assertThat(indexen.herstel()).containsExactlyInAnyOrderElementsOf(opzij);
        assertThat(definities()).isEqualTo(voor);
        // the rebuilt table's statistics are fresh, so the planner sees its rows
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select last_analyze is not null from pg_stat_user_tables where schemaname = current_schema()"
                        + " and relname = 'qs_index_leeg'", Boolean.class));
        assertThat(jdbc.queryForObject("select count(*) from qs_herbouw_index", Integer.class)).isZero();
    }

    @Test
    void aListedPrimaryKeyOfAnEmptyTableIsSetAsideAndAddedAgain() {
        Map<String, String> voor = definities();
        HerbouwIndexen indexen = new HerbouwIndexen(jdbc, transactionManager, Set.of(),
                Set.of("qs_index_sleutel_pkey", "qs_index_vol_pkey"));
        if (postgres()) {
            assertThat(indexen.zetOpzij(false)).as("a rebuild of some projections keeps every key").isEmpty();
        }
        List<String> opzij = indexen.zetOpzij(true);
        if (!postgres()) {
            assertThat(opzij).isEmpty();
            return;
        }
        assertThat(opzij).as("the key of the table that holds rows stays").containsExactly("qs_index_sleutel_pkey");
        assertThat(definities()).doesNotContainKey("qs_index_sleutel_pkey").containsKey("qs_index_vol_pkey");
        // without its key the table takes an insert that names no conflict target, as the audit trail's handler does
        jdbc.update("insert into qs_index_sleutel (id, n) values ('a', 1) on conflict do nothing");

        // the next start: a new instance knows only what the database holds
        new HerbouwIndexen(jdbc, transactionManager).herstelBijStart();
        assertThat(definities()).isEqualTo(voor);
        assertThat(jdbc.queryForObject("""
                select count(*) from pg_constraint
                where conname = 'qs_index_sleutel_pkey' and contype = 'p'
                  and connamespace = current_schema()::regnamespace""",
                Integer.class)).as("a primary key constraint again, not just an index").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from qs_herbouw_index", Integer.class)).isZero();
        // a second restore finds the key in place and adds nothing
        assertThat(indexen.herstel()).isEmpty();
    }

    @Test
    void aNodeStartingAfterItDiedDuringARebuildCreatesTheIndexesSetAside() {
        Map<String, String> voor = definities();
        List<String> opzij = new HerbouwIndexen(jdbc, transactionManager, Set.of("qs_index_leeg_a")).zetOpzij(true);
        // the next start: a new instance knows only what the database holds
        new HerbouwIndexen(jdbc, transactionManager).herstelBijStart();
        assertThat(definities()).isEqualTo(voor);
        assertThat(jdbc.queryForObject("select count(*) from qs_herbouw_index", Integer.class)).isZero();
        assertThat(opzij.isEmpty()).isEqualTo(!postgres());
    }

    @Test
    void everyIndexListedToBeSetAsideExistsAndIsNoPrimaryKeyAndEveryKeyListedIsOne() {
        String sql = postgres()
                ? "select indexname from pg_indexes where schemaname = current_schema()"
                : "select lower(index_name) from information_schema.indexes where table_schema = current_schema()";
        assertThat(jdbc.queryForList(sql, String.class)).containsAll(HerbouwIndexen.OPZIJ);
        assertThat(HerbouwIndexen.OPZIJ).noneMatch(naam -> naam.endsWith("_pkey"));
        if (postgres()) {
            assertThat(jdbc.queryForList("select conname from pg_constraint where contype = 'p'"
                    + " and connamespace = current_schema()::regnamespace", String.class))
                    .as("primary keys").containsAll(HerbouwIndexen.SLEUTELS_OPZIJ);
        }
    }

    private Map<String, String> definities() {
        if (!postgres()) {
            Map<String, String> h2 = new java.util.TreeMap<>();
            jdbc.query("select index_name, table_name from information_schema.indexes where table_schema = current_schema()"
                    + " and lower(table_name) like 'qs_index_%'", rs -> {
                h2.put(rs.getString(1).toLowerCase(), rs.getString(2).toLowerCase());
            });
            return h2;
        }
        Map<String, String> pg = new java.util.TreeMap<>();
        jdbc.query("select indexname, indexdef from pg_indexes where schemaname = current_schema()"
                + " and tablename like 'qs\\_%'", rs -> {
            pg.put(rs.getString(1), rs.getString(2));
        });
        return pg;
    }

    private boolean postgres() {
        return jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName())
                .toLowerCase().contains("postgres");
    }
}
