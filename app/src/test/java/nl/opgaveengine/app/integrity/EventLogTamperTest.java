package nl.opgaveengine.app.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import nl.opgaveengine.app.AppTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Someone with database access alters stored events directly; verification names the event, its position, and
 * the expected versus the found hash. Runs on the database of the build: PostgreSQL under {@code -Ppostgres}
 * (the case the issue asks for), H2 otherwise. Every change is undone afterwards, so the shared log stays intact.
 */
class EventLogTamperTest extends AppTestBase {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    VerifyEventLogRunner runner;

    private Map<String, Object> decisionRow(String opgaveId) {
        return jdbc.queryForMap("select global_index, event_identifier, payload, meta_data, event_hash from"
                + " domain_event_entry where aggregate_identifier = ? and payload_type like ?", opgaveId,
                "%GateDecidedEvent");
    }

    private String decidedProject(String titel) {
        String opgaveId = lopendProject(titel);
        attach(opgaveId, "startdocument");
        decide(OPDRACHTGEVER, opgaveId, "initiatief", "NO_GO", "Geen draagvlak").expect(201);
        api.awaitOpgave(opgaveId, status("GESTOPT"));
        return opgaveId;
    }

    @Test
    void anAlteredPayloadIsNamedWithExpectedAndFoundHash() {
        String opgaveId = decidedProject("Geknoeid besluit");
        Map<String, Object> row = decisionRow(opgaveId);
        String eventId = (String) row.get("event_identifier");
        long globalIndex = ((Number) row.get("global_index")).longValue();
        byte[] original = (byte[]) row.get("payload");
        String forged = new String(original, StandardCharsets.UTF_8).replace("NO_GO", "GO");
        assertThat(forged).isNotEqualTo(new String(original, StandardCharsets.UTF_8));
        try {
            jdbc.update("update domain_event_entry set payload = ? where event_identifier = ?",
                    forged.getBytes(StandardCharsets.UTF_8), eventId);

            JsonNode report = api.get(CONTROLLER, "/v1/integriteit/verificatie").expect(200).body();
            assertThat(report.path("intact").asBoolean()).isFalse();
            JsonNode breuk = report.path("eersteBreuk");
            assertThat(breuk.path("eventId").asText()).isEqualTo(eventId);
            assertThat(breuk.path("globalIndex").asLong()).isEqualTo(globalIndex);
            assertThat(breuk.path("aggregateId").asText()).isEqualTo(opgaveId);
            assertThat(breuk.path("gevonden").asText()).isEqualTo(row.get("event_hash"));
            assertThat(breuk.path("verwacht").asText()).hasSize(64).isNotEqualTo(row.get("event_hash"));
            assertThat(report.path("samenvatting").asText()).contains(eventId).contains("" + globalIndex);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            runner.printTo(new PrintStream(out, true, StandardCharsets.UTF_8));
            runner.run(new DefaultApplicationArguments("--" + VerifyEventLogRunner.FLAG));
            assertThat(out.toString(StandardCharsets.UTF_8)).contains(eventId).contains("verwacht:");
            assertThat(runner.getExitCode()).isEqualTo(1);
        } finally {
            runner.printTo(System.out);
            jdbc.update("update domain_event_entry set payload = ? where event_identifier = ?", original, eventId);
        }
        assertThat(api.get(CONTROLLER, "/v1/integriteit/verificatie").body().path("intact").asBoolean()).isTrue();
    }

    @Test
    void aRecomputedHashStillBreaksTheChainOfTheNextEvent() {
        String opgaveId = decidedProject("Hash herberekend");
        Map<String, Object> row = decisionRow(opgaveId);
        String eventId = (String) row.get("event_identifier");
        String hash = (String) row.get("event_hash");
        try {
            jdbc.update("update domain_event_entry set event_hash = ? where event_identifier = ?", "e".repeat(64), eventId);
            JsonNode breuk = api.get(CONTROLLER, "/v1/integriteit/verificatie").expect(200).body().path("eersteBreuk");
            assertThat(breuk.path("eventId").asText()).isEqualTo(eventId);
            assertThat(breuk.path("gevonden").asText()).isEqualTo("e".repeat(64));
        } finally {
            jdbc.update("update domain_event_entry set event_hash = ? where event_identifier = ?", hash, eventId);
        }
    }

    @Test
    void aDeletedSealedEventIsNamed() {
        String opgaveId = decidedProject("Verwijderd besluit");
        Map<String, Object> row = jdbc.queryForMap("select * from domain_event_entry where aggregate_identifier = ?"
                + " and sequence_number = (select max(sequence_number) from domain_event_entry where"
                + " aggregate_identifier = ?)", opgaveId, opgaveId);
        long globalIndex = ((Number) row.get("global_index")).longValue();
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from event_seal where global_index = ?", Long.class, globalIndex) == 1);
        try {
            jdbc.update("delete from domain_event_entry where global_index = ?", globalIndex);
            JsonNode breuk = api.get(CONTROLLER, "/v1/integriteit/verificatie").expect(200).body().path("eersteBreuk");
            assertThat(breuk.path("globalIndex").asLong()).isEqualTo(globalIndex);
            assertThat(breuk.path("eventId").asText()).isEqualTo(row.get("event_identifier"));
            assertThat(breuk.path("reden").asText()).contains("verwijderd");
        } finally {
            jdbc.update("insert into domain_event_entry (global_index, event_identifier, meta_data, payload,"
                    + " payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number, type,"
                    + " event_hash, previous_hash) values (?,?,?,?,?,?,?,?,?,?,?,?)", globalIndex,
                    row.get("event_identifier"), row.get("meta_data"), row.get("payload"), row.get("payload_revision"),
                    row.get("payload_type"), row.get("time_stamp"), row.get("aggregate_identifier"),
                    row.get("sequence_number"), row.get("type"), row.get("event_hash"), row.get("previous_hash"));
        }
        assertThat(api.get(CONTROLLER, "/v1/integriteit/verificatie").body().path("intact").asBoolean()).isTrue();
    }
}
