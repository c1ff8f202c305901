package nl.opgaveengine.app.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import nl.opgaveengine.app.AppTestBase;
import nl.opgaveengine.query.beheer.OpgeslagenTokens;
import nl.opgaveengine.query.leren.LerenProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The projections' status counts every stored segment, also those no thread of this node holds: a processor that is
 * stopped here (or a segment still claimed by a node that died) shows its backlog from its stored token instead of
 * looking caught up. On the application's JDBC token store, H2 or PostgreSQL.
 */
class ProjectieStatusTest extends AppTestBase {

    @Autowired
    private OpgeslagenTokens opgeslagen;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void storedTokensAreReadWithoutAClaim() {
        TokenStore store = processing.tokenStore("status-proef-a");
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        try {
            tx.executeWithoutResult(s -> store.initializeTokenSegments("status-proef-a", 2,
                    GapAwareTrackingToken.newInstance(42, List.of(40L))));
            tx.executeWithoutResult(s -> store.initializeTokenSegments("status-proef-b", 1));
            // one segment claimed by this node, the other by nobody: both are read
            tx.executeWithoutResult(s -> store.fetchToken("status-proef-a", 0));

            assertThat(opgeslagen.posities("status-proef-a"))
                    .isEqualTo(Map.of(0, OptionalLong.of(42), 1, OptionalLong.of(42)));
            assertThat(opgeslagen.posities("status-proef-b")).as("a segment that has handled nothing yet")
                    .isEqualTo(Map.of(0, OptionalLong.of(0)));
            assertThat(opgeslagen.posities("status-proef-onbekend")).isEmpty();
        } finally {
            jdbc.update("delete from token_entry where processor_name like 'status-proef-%'");
        }
    }

    @Test
    void aProcessorStoppedHereShowsItsBacklogFromItsStoredToken() {
        String naam = LerenProjection.PROCESSING_GROUP;
        StreamingEventProcessor processor = processing.eventProcessor(naam, StreamingEventProcessor.class)
                .orElseThrow();
        awaitCaughtUp(naam);
        processor.shutDown();
        try {
            // a new event while no thread holds the segment
            lopendProject("Status bij een gestopte processor");
            JsonNode status = api.get(BEHEERDER, "/v1/beheer/projecties/" + naam).expect(200).body();
            assertThat(status.path("segmentenHier").asInt()).as("segments held here: %s", status).isZero();
            assertThat(status.path("segmenten").asInt()).as("segments stored: %s", status).isEqualTo(1);
            assertThat(status.path("achterstand").isNumber()).as("backlog known: %s", status).isTrue();
            assertThat(status.path("achterstand").asLong()).as("backlog: %s", status).isPositive();
            assertThat(status.path("positie").asLong() + status.path("achterstand").asLong())
                    .isEqualTo(status.path("kop").asLong());
        } finally {
            processor.start();
        }
        awaitCaughtUp(naam);
    }

    private void awaitCaughtUp(String naam) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode status = api.get(BEHEERDER, "/v1/beheer/projecties/" + naam).expect(200).body();
            return status.path("segmentenHier").asInt() == status.path("segmenten").asInt()
                    && status.path("achterstand").isNumber() && status.path("achterstand").asLong() == 0;
        });
    }
}
