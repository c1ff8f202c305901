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

/**
 * Contradictory decisions on one gate at the same moment: exactly one wins, the others hear why (409), no 5xx,
 * one decision in the event store. CI runs two rounds of 50; {@code bench/load/conflicts.sh} runs 1,000 rounds
 * through the system properties {@code conflict.rounds} and {@code conflict.contenders}.
 */
class ConcurrentDecisionTest extends AppTestBase {

    private static final int CONTENDERS = Integer.getInteger("conflict.contenders", 50);
    private static final int ROUNDS = Integer.getInteger("conflict.rounds", 2);
    /** Projects prepared in parallel ahead of the rounds (a project needs the model's steps to reach its gate). */
    private static final int PREPARERS = Integer.getInteger("conflict.preparers", 2);

    @org.springframework.beans.factory.annotation.Autowired
    private javax.sql.DataSource dataSource;

    @Test
    void exactlyOneOfConcurrentContradictoryDecisionsIsAccepted() throws Exception {
        long started = System.nanoTime();
        ExecutorService preparers = Executors.newFixedThreadPool(PREPARERS);
        List<Future<String>> prepared = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            String titel = "Gelijktijdig " + round;
            prepared.add(preparers.submit(() -> {
                String id = lopendProject(titel);
                attach(id, "startdocument");
                return id;
            }));
        }
        try {
            for (int round = 0; round < ROUNDS; round++) {
                oneRound(prepared.get(round).get());
                if ((round + 1) % 100 == 0) {
                    System.out.printf("conflicts: %d of %d rounds passed after %d ms%n", round + 1, ROUNDS,
                            (System.nanoTime() - started) / 1_000_000);
                }
            }
        } finally {
            preparers.shutdownNow();
        }
        System.out.printf("conflicts: %d rounds of %d contenders, one accepted each, in %d ms%n",
                ROUNDS, CONTENDERS, (System.nanoTime() - started) / 1_000_000);
    }

    private void oneRound(String opgaveId) throws Exception {
        // a bearer token, not HTTP Basic: fifty bcrypt checks at once would test the CPU, not the conflict
        String opdrachtgever = nl.opgaveengine.app.security.TestJwtIssuer.bearer(OPDRACHTGEVER);
        ExecutorService pool = Executors.newFixedThreadPool(CONTENDERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < CONTENDERS; i++) {
            String uitkomst = i % 2 == 0 ? "GO" : "NO_GO";
            String reden = "poging " + i;
            answers.add(pool.submit(() -> {
                start.await();
                return decide(opdrachtgever, opgaveId, "initiatief", uitkomst, reden);
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
                assertThat(answer.status()).as("answer %s", answer.body()).isEqualTo(409);
                assertThat(answer.text("code")).isIn("GATE_ALREADY_DECIDED", "GATE_NOT_OPEN", "OPGAVE_CLOSED",
                        "CONCURRENT_MODIFICATION");
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
        org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type like '%GateDecidedEvent'", Long.class, opgaveId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) - count(distinct sequence_number) from domain_event_entry"
                + " where aggregate_identifier = ?", Long.class, opgaveId)).isZero();
    }
}
