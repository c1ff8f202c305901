package nl.opgaveengine.query.support;

import nl.opgaveengine.query.QuerySideTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * During a bundle the rows of a table held in memory take single-row writes in memory and reach the database once, in
 * their final state; what a handler reads and what ends up in the database is what the same statements give when run
 * one by one.
 */
@QuerySideTest
class ProjectieJdbcRijenInGeheugenTest {

    private static final String INSERT =
            "insert into qs_rij_test (id, status, bijgewerkt_op) values (?, ?, ?) on conflict do nothing";

    @Autowired
    JdbcTemplate direct;

    @Autowired
    PlatformTransactionManager transactionManager;

    ProjectieJdbc jdbc;

    @BeforeEach
    void table() {
        direct.execute("""
                create table if not exists qs_rij_test (
                    id varchar(100) primary key, status varchar(20), gate_id varchar(20), teller integer,
                    bijgewerkt_op timestamp with time zone, soort varchar(20) default 'STANDAARD')""");
        jdbc = new ProjectieJdbc(direct).rijenInGeheugen("qs_rij_test", "id");
        ProjectieJdbc.tellers();
    }

    @Test
    void aHandlerReadingARowItWroteInTheSameBundleSeesTheMergedStateAndTheRowIsSentOnce() {
        String id = UUID.randomUUID().toString();
        Map<String, Object> gelezen = bundled(new ProjectieJdbc.Herbouwgeheugen(), () -> {
            jdbc.update(INSERT, id, "A", at(10));
            jdbc.update("update qs_rij_test set status = ?, bijgewerkt_op = greatest(bijgewerkt_op, ?) where id = ?",
                    "B", at(5), id);
            jdbc.update("update qs_rij_test set gate_id = ?, bijgewerkt_op = greatest(bijgewerkt_op, ?) where id = ?",
                    "g1", at(20), id);
            return jdbc.queryForMap("select status, gate_id, bijgewerkt_op, soort from qs_rij_test where id = ?", id);
        });
        assertThat(gelezen.get("status")).isEqualTo("B");
        assertThat(gelezen.get("gate_id")).isEqualTo("g1");
        assertThat(instant(gelezen.get("bijgewerkt_op"))).isEqualTo(at(20).toInstant());
        assertThat(gelezen.get("soort")).as("a column the statements never set keeps its default").isEqualTo("STANDAARD");
        Map<String, long[]> tellers = ProjectieJdbc.tellers();
        assertThat(tellers.get("qs_rij_test")[0]).as("one insert of the merged row").isEqualTo(1);
        assertThat(tellers.get("qs_rij_test (in geheugen)")[0]).isEqualTo(3);
    }

    @Test
    void theSameStatementsGiveTheSameRowInMemoryAsOneByOne() {
        String live = UUID.randomUUID().toString();
        String bundled = UUID.randomUUID().toString();
        Consumer<String> statements = id -> {
            jdbc.update("update qs_rij_test set status = ? where id = ?", "NOG_NIET", id); // no row yet: nothing
            jdbc.update(INSERT, id, "A", at(10));
            jdbc.update(INSERT, id, "DUBBEL", at(99)); // the row exists: nothing
            jdbc.update("update qs_rij_test set gate_id = ?, bijgewerkt_op = greatest(bijgewerkt_op, ?) where id = ?",
                    "g1", null, id);
            jdbc.update("update qs_rij_test set status = ? where id = ? and gate_id = ?", "ANDERE_GATE", id, "g2");
            jdbc.update("update qs_rij_test set status = ?, gate_id = null where id = ? and gate_id = ?", "BESLOTEN",
                    id, "g1");
            // a sub-select runs in the database, after the row so far; the column it sets is unknown afterwards
            jdbc.update("update qs_rij_test set teller = (select count(*) from qs_rij_test t where t.id = ?) where id = ?",
                    id, id);
            jdbc.update("update qs_rij_test set status = ? where id = ? and teller = ?", "GETELD", id, 1);
            jdbc.update("update qs_rij_test set bijgewerkt_op = greatest(bijgewerkt_op, ?) where id = ?", at(30), id);
            // the default of a column never set is not known in memory: compared in the database
            jdbc.update("update qs_rij_test set gate_id = ? where id = ? and soort = ?", "g3", id, "STANDAARD");
        };
        statements.accept(live);
        bundled(new ProjectieJdbc.Herbouwgeheugen(), () -> {
            statements.accept(bundled);
            return null;
        });
        assertThat(row(bundled)).isEqualTo(row(live));
        assertThat(row(bundled).get("status")).isEqualTo("GETELD");
        assertThat(row(bundled).get("gate_id")).isEqualTo("g3");
    }

    @Test
    void aRowFromAnEarlierBundleIsReadBackAndATableEmptyAtTheStartNeedsNoReadForNewRows() {
        inTransaction(() -> direct.update("delete from qs_rij_test"));
        ProjectieJdbc.Herbouwgeheugen geheugen = new ProjectieJdbc.Herbouwgeheugen();
        String id = UUID.randomUUID().toString();
        bundled(geheugen, () -> {
            jdbc.update(INSERT, id, "A", at(10));
            return null;
        });
        assertThat(ProjectieJdbc.tellers()).doesNotContainKey("qs_rij_test (lezen)");
        bundled(geheugen, () -> {
            jdbc.update(INSERT, id, "OPNIEUW", at(1));
            jdbc.update("update qs_rij_test set teller = ?, bijgewerkt_op = greatest(bijgewerkt_op, ?) where id = ?", 7,
                    at(5), id);
            return null;
        });
        assertThat(ProjectieJdbc.tellers().get("qs_rij_test (lezen)")[0]).isEqualTo(1);
        Map<String, Object> row = row(id);
        assertThat(row.get("status")).isEqualTo("A");
        assertThat(((Number) row.get("teller")).intValue()).isEqualTo(7);
        assertThat(instant(row.get("bijgewerkt_op"))).isEqualTo(at(10).toInstant());
    }

    @Test
    void aWriteThatNamesNoSingleRowRunsAfterTheRowsInMemory() {
        String id = UUID.randomUUID().toString();
        bundled(new ProjectieJdbc.Herbouwgeheugen(), () -> {
            jdbc.update(INSERT, id, "A", at(10));
            jdbc.update("update qs_rij_test set teller = ? where id in (?)", 3, id);
            jdbc.update("update qs_rij_test set status = ? where id = ?", "B", id);
            return null;
        });
        Map<String, Object> row = row(id);
        assertThat(((Number) row.get("teller")).intValue()).isEqualTo(3);
        assertThat(row.get("status")).isEqualTo("B");
    }

    private <T> T bundled(ProjectieJdbc.Herbouwgeheugen geheugen, java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> ProjectieJdbc.gebundeld(direct, geheugen, work));
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
    }

    private Map<String, Object> row(String id) {
        List<Map<String, Object>> rows = direct.queryForList(
                "select status, gate_id, teller, bijgewerkt_op, soort from qs_rij_test where id = ?", id);
        assertThat(rows).hasSize(1);
        Map<String, Object> row = new java.util.HashMap<>(rows.get(0));
        row.put("bijgewerkt_op", instant(row.get("bijgewerkt_op")));
        return row;
    }

    private static OffsetDateTime at(int minutes) {
        return Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * minutes).atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        return value == null ? null : Instant.parse(value.toString());
    }
}
