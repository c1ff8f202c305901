package nl.opgaveengine.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Contradictory decisions on one gate at the same moment: exactly one wins, the others hear why (409). */
class ConcurrentDecisionTest extends AppTestBase {

    private static final int CONTENDERS = 8;

    @Test
    void exactlyOneOfConcurrentContradictoryDecisionsIsAccepted() throws Exception {
        for (int round = 0; round < 3; round++) {
            String opgaveId = lopendProject("Gelijktijdig " + round);
            attach(opgaveId, "startdocument");
            ExecutorService pool = Executors.newFixedThreadPool(CONTENDERS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < CONTENDERS; i++) {
                String uitkomst = i % 2 == 0 ? "GO" : "NO_GO";
                String reden = "poging " + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return decide(OPDRACHTGEVER, opgaveId, "initiatief", uitkomst, reden);
                }));
            }
            start.countDown();
            int accepted = 0;
            int conflicts = 0;
            for (Future<Api.Answer> f : answers) {
                Api.Answer answer = f.get();
                assertThat(answer.status()).as("no 5xx: %s", answer.body()).isLessThan(500);
                if (answer.status() == 201) {
                    accepted++;
                } else {
                    assertThat(answer.status()).isEqualTo(409);
                    assertThat(answer.text("detail")).isNotBlank();
                    conflicts++;
                }
            }
            pool.shutdown();
            assertThat(accepted).isEqualTo(1);
            assertThat(conflicts).isEqualTo(CONTENDERS - 1);
            // the winner's outcome drives the model on: wait until that step is visible, then count
            api.awaitOpgave(opgaveId, d -> status("GESTOPT").test(d) || gateOpen("definitie").test(d));
            JsonNode events = api.awaitEvents(opgaveId, e -> e.toString().contains("GateDecidedEvent"));
            long decided = 0;
            java.util.Set<Long> sequences = new java.util.HashSet<>();
            for (JsonNode e : events) {
                if ("GateDecidedEvent".equals(e.path("type").asText())) {
                    decided++;
                }
                assertThat(sequences.add(e.path("volgnummer").asLong())).as("unique sequence numbers").isTrue();
            }
            assertThat(decided).isEqualTo(1);
        }
    }
}
