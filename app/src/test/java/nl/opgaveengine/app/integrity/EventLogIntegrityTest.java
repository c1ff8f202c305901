package nl.opgaveengine.app.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.opgaveengine.app.Api;
import nl.opgaveengine.app.AppTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

/** The event log verifies end to end: chains, seals, signed checkpoints, the endpoint and the command-line flag. */
class EventLogIntegrityTest extends AppTestBase {

    @Autowired
    VerifyEventLogRunner runner;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyStoredEventCarriesItsHashChainedToThePreviousOneOfItsAggregate() {
        String opgaveId = lopendProject("Hashketen");
        var rows = jdbc.queryForList("select sequence_number, event_hash, previous_hash from domain_event_entry"
                + " where aggregate_identifier = ? order by sequence_number", opgaveId);
        assertThat(rows).hasSizeGreaterThan(3);
        assertThat(rows.get(0).get("previous_hash")).isEqualTo(EventHashing.GENESIS);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).get("previous_hash")).isEqualTo(rows.get(i - 1).get("event_hash"));
            assertThat((String) rows.get(i).get("event_hash")).hasSize(64);
        }
    }

    @Test
    void theControllerVerifiesThatAllEventsAreIntact() {
        lopendProject("Verificatie");
        Api.Answer answer = api.get(CONTROLLER, "/v1/integriteit/verificatie").expect(200);
        assertThat(answer.body().path("intact").asBoolean()).as(answer.raw().body()).isTrue();
        long n = answer.body().path("aantalEvents").asLong();
        assertThat(n).isPositive();
        assertThat(answer.text("samenvatting")).startsWith("Alle " + n + " events kloppen");
    }

    @Test
    void aSignedCheckpointCanBeCheckedLaterWithTheValueAnAuditorKept() {
        lopendProject("Checkpoint");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get(CONTROLLER, "/v1/integriteit/verificatie").body().path("aantalVerzegeld").asLong() > 0);
        JsonNode checkpoint = api.post(BEHEERDER, "/v1/integriteit/checkpoints", "").expect(201).body();
        long index = checkpoint.path("globalIndex").asLong();
        String chain = checkpoint.path("chainHash").asText();
        assertThat(index).isPositive();
        assertThat(checkpoint.path("algorithm").asText()).isEqualTo("Ed25519");
        JsonNode key = api.get(CONTROLLER, "/v1/integriteit/sleutel").expect(200).body();
        assertThat(CheckpointSigner.verify(key.path("publiekeSleutel").asText(), CheckpointSigner.signedContent(index,
                chain, checkpoint.path("eventCount").asLong(), checkpoint.path("createdAt").asText()),
                checkpoint.path("signature").asText())).isTrue();

        JsonNode later = api.get(CONTROLLER, "/v1/integriteit/verificatie?globalIndex=" + index + "&chainHash=" + chain)
                .expect(200).body();
        assertThat(later.path("externCheckpoint").path("klopt").asBoolean()).as(later.toString()).isTrue();
        assertThat(later.path("checkpoints").toString()).contains(chain);
        JsonNode wrong = api.get(CONTROLLER, "/v1/integriteit/verificatie?globalIndex=" + index + "&chainHash="
                + "f".repeat(64)).expect(200).body();
        assertThat(wrong.path("externCheckpoint").path("klopt").asBoolean()).isFalse();
    }

    @Test
    void theCommandLineFlagPrintsTheOutcomeAndSetsTheExitCode() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.printTo(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            runner.run(new DefaultApplicationArguments("--" + VerifyEventLogRunner.FLAG));
        } finally {
            runner.printTo(System.out);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Alle ").contains("events kloppen");
        assertThat(runner.getExitCode()).isZero();
    }
}
