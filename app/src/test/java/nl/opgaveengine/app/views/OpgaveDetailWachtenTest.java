package nl.opgaveengine.app.views;

import com.fasterxml.jackson.databind.JsonNode;
import nl.opgaveengine.app.Api;
import nl.opgaveengine.app.AppTestBase;
import nl.opgaveengine.query.opgave.OpgaveWijzigingen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The detail of an opgave carries an ETag; {@code If-None-Match} answers 304 while it holds, and with
 * {@code Prefer: wait=n} the answer waits for the next change of the view instead of the client polling.
 */
class OpgaveDetailWachtenTest extends AppTestBase {

    @Autowired
    OpgaveWijzigingen wijzigingen;

    @Test
    void theDetailCarriesAnEtagAndAnswers304WhileItHolds() {
        String opgaveId = lopendProject("ETag van het detail");
        Api.Answer first = api.get(PROJECTLEIDER, "/v1/opgaven/" + opgaveId).expect(200);
        String etag = first.raw().headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("W/\"");

        Api.Answer same = api.request(PROJECTLEIDER, "GET", "/v1/opgaven/" + opgaveId, null, null,
                "If-None-Match", etag);
        assertThat(same.status()).isEqualTo(304);
        assertThat(same.raw().headers().firstValue("ETag")).contains(etag);

        Api.Answer other = api.request(PROJECTLEIDER, "GET", "/v1/opgaven/" + opgaveId, null, null,
                "If-None-Match", "W/\"0000\"");
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.text("id")).isEqualTo(opgaveId);
    }

    @Test
    void aWaitingRequestIsAnsweredAtTheNextChangeWithTheNewContent() throws Exception {
        String opgaveId = lopendProject("Wachten op een wijziging");
        String etag = api.get(PROJECTLEIDER, "/v1/opgaven/" + opgaveId).expect(200)
                .raw().headers().firstValue("ETag").orElseThrow();

        long start = System.nanoTime();
        CompletableFuture<Api.Answer> waiting = CompletableFuture.supplyAsync(() -> api.request(PROJECTLEIDER, "GET",
                "/v1/opgaven/" + opgaveId, null, null, "If-None-Match", etag, "Prefer", "wait=30"));
        // the request is held: its wait is registered and it has not been answered
        await().atMost(Duration.ofSeconds(20)).until(() -> wijzigingen.aantalWachtend(opgaveId) == 1);
        assertThat(waiting).isNotDone();
        attach(opgaveId, "Startnotitie");

        Api.Answer changed = waiting.get(60, TimeUnit.SECONDS);
        long waitedSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.raw().headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(changed.raw().headers().firstValue("Preference-Applied")).contains("wait=30");
        JsonNode documenten = changed.body().path("documenten");
        assertThat(documenten.findValuesAsText("naam")).contains("Startnotitie");
        // answered by the change, not by the end of the wait
        assertThat(waitedSeconds).isLessThan(25);
    }

    @Test
    void aWaitWithoutAChangeEndsWith304AndAStaleEtagIsAnsweredAtOnce() {
        String opgaveId = lopendProject("Wachten zonder wijziging");
        String etag = api.get(PROJECTLEIDER, "/v1/opgaven/" + opgaveId).expect(200)
                .raw().headers().firstValue("ETag").orElseThrow();

        Api.Answer unchanged = api.request(PROJECTLEIDER, "GET", "/v1/opgaven/" + opgaveId, null, null,
                "If-None-Match", etag, "Prefer", "wait=1");
        for (int i = 0; i < 3 && unchanged.status() == 200; i++) {
            // a step of the model still landing after the gate opened: wait on the newer content
            etag = unchanged.raw().headers().firstValue("ETag").orElseThrow();
            unchanged = api.request(PROJECTLEIDER, "GET", "/v1/opgaven/" + opgaveId, null, null,
                    "If-None-Match", etag, "Prefer", "wait=1");
        }
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.raw().headers().firstValue("ETag")).contains(etag);

        Api.Answer stale = api.request(PROJECTLEIDER, "GET", "/v1/opgaven/" + opgaveId, null, null,
                "If-None-Match", "W/\"0000\"", "Prefer", "wait=30");
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.raw().headers().firstValue("ETag")).contains(etag);
        assertThat(stale.raw().headers().firstValue("Preference-Applied")).isEmpty();
    }

    @Test
    void waitingOnAnUnknownOpgaveIs404() {
        Api.Answer answer = api.request(PROJECTLEIDER, "GET", "/v1/opgaven/bestaat-niet", null, null,
                "If-None-Match", "W/\"0000\"", "Prefer", "wait=5");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().path("status").asInt()).isEqualTo(404);
    }
}
