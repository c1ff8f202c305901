package nl.opgaveengine.app;

import static nl.opgaveengine.app.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Safe retries: a command repeated with the same {@code Idempotency-Key} runs once and answers the first answer
 * again; the key with another body is refused; a refused command is not remembered, so its retry runs.
 */
class IdempotencyKeyTest extends AppTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private DataSource dataSource;

    @Autowired
    private java.time.Clock clock;

    @Autowired
    private nl.opgaveengine.command.web.idempotency.IdempotencyKeyExpiry expiry;

    @Autowired
    private nl.opgaveengine.command.web.idempotency.IdempotencyProperties idempotency;

    private Api.Answer keyed(String user, String method, String path, Object body, String key) throws Exception {
        return api.request(user, method, path, "application/json", JSON.writeValueAsString(body),
                "Idempotency-Key", key);
    }

    private long storedDecisions(String opgaveId) {
        return new JdbcTemplate(dataSource).queryForObject("select count(*) from domain_event_entry"
                + " where aggregate_identifier = ? and payload_type like '%GateDecidedEvent'", Long.class, opgaveId);
    }

    private long storedEvents(String opgaveId) {
        return new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class, opgaveId);
    }

    @Test
    void aRepeatedRegistrationRunsOnceAndAnswersTheFirstAnswerAgain() throws Exception {
        String key = UUID.randomUUID().toString();
        gebied("Oost");
        Object body = map("titel", "Herhaald " + key, "omschrijving", "Twee keer verstuurd", "thema", "klimaat",
                "gebied", "Oost", "initiatiefnemer", "wethouder");
        Api.Answer first = keyed(PROJECTBUREAU, "POST", "/v1/opgaven", body, key).expect(201);
        Api.Answer again = keyed(PROJECTBUREAU, "POST", "/v1/opgaven", body, key).expect(201);

        assertThat(again.text("opgaveId")).isEqualTo(first.text("opgaveId"));
        assertThat(again.raw().headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(again.raw().headers().firstValue("Location")).isEqualTo(first.raw().headers().firstValue("Location"));
        assertThat(first.raw().headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(new JdbcTemplate(dataSource).queryForObject("select count(*) from cs_idempotency_key"
                + " where principal = ? and idempotency_key = ?", Long.class, PROJECTBUREAU, key)).isEqualTo(1);
        assertThat(storedEvents(first.text("opgaveId"))).isEqualTo(1);
    }

    @Test
    void concurrentRetriesOfOneDecisionStoreItOnce() throws Exception {
        String opgaveId = lopendProject("Gelijktijdig herhaald");
        attach(opgaveId, "startdocument");
        String key = UUID.randomUUID().toString();
        Object body = map("gate", "initiatief", "uitkomst", "GO", "onderbouwing", "akkoord");
        int retries = 8;
        ExecutorService pool = Executors.newFixedThreadPool(retries);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < retries; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return keyed(OPDRACHTGEVER, "POST", "/v1/opgaven/" + opgaveId + "/besluiten", body, key);
            }));
        }
        start.countDown();
        int accepted = 0;
        for (Future<Api.Answer> f : answers) {
            Api.Answer answer = f.get();
            if (answer.status() == 201) {
                accepted++;
                assertThat(answer.text("uitkomst")).isEqualTo("GO");
            } else {
                // a retry that arrives while the first still runs may be told to retry later, never anything else
                assertThat(answer.status()).as("answer %s", answer.body()).isEqualTo(409);
                assertThat(answer.text("code")).isEqualTo("IDEMPOTENCY_KEY_IN_USE");
            }
        }
        pool.shutdown();
        assertThat(accepted).isPositive();
        assertThat(storedDecisions(opgaveId)).isEqualTo(1);
        api.awaitOpgave(opgaveId, gateOpen("definitie"));
        // a later retry, after the model moved on, still answers the first answer and decides nothing
        keyed(OPDRACHTGEVER, "POST", "/v1/opgaven/" + opgaveId + "/besluiten", body, key).expect(201);
        assertThat(storedDecisions(opgaveId)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndChangesNothing() throws Exception {
        String opgaveId = lopendProject("Sleutel hergebruikt");
        String key = UUID.randomUUID().toString();
        String path = "/v1/opgaven/" + opgaveId + "/documenten";
        keyed(PROJECTLEIDER, "POST", path, map("naam", "startdocument", "versie", "1.0",
                "contentHash", Api.sha256("a"), "referentie", "dms://a"), key).expect(201);
        long before = storedEvents(opgaveId);
        Api.Answer reused = keyed(PROJECTLEIDER, "POST", path, map("naam", "startdocument", "versie", "2.0",
                "contentHash", Api.sha256("b"), "referentie", "dms://b"), key).expect(422);

        assertThat(reused.text("code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(reused.text("parameter")).isEqualTo("Idempotency-Key");
        assertThat(reused.text("detail")).contains(key).contains("ander verzoek");
        assertThat(reused.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(storedEvents(opgaveId)).isEqualTo(before);
    }

    /** Moves a stored key back in time to just past the retention, as if a day had passed. */
    private void age(String principal, String key) {
        new JdbcTemplate(dataSource).update("update cs_idempotency_key set created_at = ?"
                        + " where principal = ? and idempotency_key = ?",
                java.sql.Timestamp.from(clock.instant().minus(idempotency.getRetention()).minusSeconds(60)),
                principal, key);
    }

    private long storedKeys(String principal, String key) {
        return new JdbcTemplate(dataSource).queryForObject("select count(*) from cs_idempotency_key"
                + " where principal = ? and idempotency_key = ?", Long.class, principal, key);
    }

    @Test
    void aKeyPastItsRetentionIsForgottenAndDeleted() throws Exception {
        String opgaveId = lopendProject("Sleutel verlopen");
        String key = UUID.randomUUID().toString();
        String fresh = UUID.randomUUID().toString();
        String path = "/v1/opgaven/" + opgaveId + "/documenten";
        keyed(PROJECTLEIDER, "POST", path, map("naam", "startdocument", "versie", "1.0",
                "contentHash", Api.sha256("a"), "referentie", "dms://a"), key).expect(201);
        age(PROJECTLEIDER, key);
        long before = storedEvents(opgaveId);

        // within the retention the key would refuse another body (422); past it, the key is free again
        Api.Answer reused = keyed(PROJECTLEIDER, "POST", path, map("naam", "startdocument", "versie", "2.0",
                "contentHash", Api.sha256("b"), "referentie", "dms://b"), key).expect(201);
        assertThat(reused.raw().headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(storedEvents(opgaveId)).isEqualTo(before + 1);
        // and a repeat of that new request is answered from the new row
        keyed(PROJECTLEIDER, "POST", path, map("naam", "startdocument", "versie", "2.0",
                "contentHash", Api.sha256("b"), "referentie", "dms://b"), key).expect(201);
        assertThat(storedEvents(opgaveId)).isEqualTo(before + 1);

        // the clean-up deletes the aged key and keeps a young one
        keyed(PROJECTLEIDER, "POST", path, map("naam", "startdocument", "versie", "3.0",
                "contentHash", Api.sha256("c"), "referentie", "dms://c"), fresh).expect(201);
        age(PROJECTLEIDER, key);
        assertThat(expiry.expireNow()).isGreaterThanOrEqualTo(1);
        assertThat(storedKeys(PROJECTLEIDER, key)).isZero();
        assertThat(storedKeys(PROJECTLEIDER, fresh)).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirPrincipal() throws Exception {
        String opgaveId = lopendProject("Sleutel per gebruiker");
        String key = UUID.randomUUID().toString();
        Object body = map("naam", "notitie", "versie", "1.0", "contentHash", Api.sha256("n"), "referentie", "dms://n");
        String path = "/v1/opgaven/" + opgaveId + "/documenten";
        Api.Answer byLeider = keyed(PROJECTLEIDER, "POST", path, body, key).expect(201);
        Api.Answer byBureau = keyed(PROJECTBUREAU, "POST", path, body, key).expect(201);

        assertThat(byBureau.text("documentId")).isNotEqualTo(byLeider.text("documentId"));
        assertThat(byBureau.raw().headers().firstValue("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void aRefusedCommandIsNotRememberedSoItsRetryRuns() throws Exception {
        String opgaveId = lopendProject("Eerst geweigerd");
        String key = UUID.randomUUID().toString();
        Object body = map("gate", "initiatief", "uitkomst", "NO_GO", "onderbouwing", "stoppen");
        String path = "/v1/opgaven/" + opgaveId + "/besluiten";
        keyed(OPDRACHTGEVER, "POST", path, body, key).expect(422);
        attach(opgaveId, "startdocument");
        keyed(OPDRACHTGEVER, "POST", path, body, key).expect(201);
        assertThat(storedDecisions(opgaveId)).isEqualTo(1);
    }

    @Test
    void aMalformedKeyIs400NamingTheHeader() throws Exception {
        Api.Answer answer = keyed(PROJECTBUREAU, "POST", "/v1/opgaven", map("titel", "x"), "x".repeat(201))
                .expect(400);
        assertThat(answer.text("parameter")).isEqualTo("Idempotency-Key");
        assertThat(answer.text("code")).isEqualTo("INVALID_INPUT");
    }
}
