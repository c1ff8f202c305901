package nl.opgaveengine.app.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import nl.opgaveengine.app.AppTestBase;
import nl.opgaveengine.query.beheer.BulkHerbouw;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The bulk rebuild reads the event table in windows of global indexes, a page at a time: every stored event up to the
 * head is read once, also across a run of unused indexes longer than a page, and the indexes near the head that hold
 * no event are the gaps of the token it hands back. On the application's JDBC event store, H2 or PostgreSQL.
 */
class BulkHerbouwLezenTest extends AppTestBase {

    private static final int PAGINA = 50;

    @Autowired
    private ApplicationContext context;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactionManager;
    @Autowired
    private EventStore eventStore;

    @Test
    void everyEventUpToTheHeadIsReadOnceAcrossARunOfUnusedIndexesLongerThanAPage() {
        lopendProject("Lezen in vensters, voor de sprong");
        long voorDeSprong = maxIndex();
        // the next events get indexes three pages further on: a window, and a whole page after it, find nothing
        jdbc.update("alter table domain_event_entry alter column global_index restart with "
                + (voorDeSprong + 3 * PAGINA + 2));
        lopendProject("Lezen in vensters, na de sprong");
        long head = maxIndex();
        assertThat(head).isGreaterThan(voorDeSprong + 3 * PAGINA + 1);

        BulkHerbouw lezer = new BulkHerbouw(jdbc, transactionManager, context.getBeanProvider(EventSchema.class),
                context.getBeanProvider(Configuration.class), context.getBeanProvider(EventStorageEngine.class),
                eventStore, PAGINA);
        assertThat(lezer.leestTabel()).as("reads the JDBC event table").isTrue();
        // again while a process step below the head still commits (its index is then read as a gap)
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            AtomicLong gedaan = new AtomicLong();
            TrackingToken token = lezer.herbouw(List.of(), head, gedaan);

            List<Long> opgeslagen = jdbc.queryForList(
                    "select global_index from domain_event_entry where global_index <= ? order by global_index",
                    Long.class, head);
            assertThat(gedaan.get()).as("events read").isEqualTo(opgeslagen.size()).isEqualTo(lezer.aantalTot(head));
            TreeSet<Long> ongebruikt = new TreeSet<>();
            for (long index = Math.max(1, head - 9_999); index <= head; index++) {
                ongebruikt.add(index);
            }
            opgeslagen.forEach(ongebruikt::remove);
            // the run of unused indexes (a step still committing may have taken the first few before the restart)
            assertThat(langsteReeks(ongebruikt)).as("longest run of unused indexes").isGreaterThan(2 * PAGINA);
            assertThat(token).isInstanceOf(GapAwareTrackingToken.class);
            GapAwareTrackingToken gapAware = (GapAwareTrackingToken) token;
            assertThat(gapAware.getIndex()).isEqualTo(head);
            assertThat(gapAware.getGaps()).as("gaps near the head").containsExactlyElementsOf(ongebruikt);
        });
    }

    private static int langsteReeks(TreeSet<Long> indexen) {
        int langste = 0;
        int reeks = 0;
        Long vorige = null;
        for (Long index : indexen) {
            reeks = vorige != null && index == vorige + 1 ? reeks + 1 : 1;
            langste = Math.max(langste, reeks);
            vorige = index;
        }
        return langste;
    }

    private long maxIndex() {
        Long max = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        return max == null ? 0 : max;
    }
}
