package nl.opgaveengine.app;

import static nl.opgaveengine.app.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import nl.opgaveengine.app.security.TestJwtIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Contention beyond gate decisions: many people assigning one role of the sturingsdriehoek at the same moment,
 * and a process owner's deployments of one process racing each other. Each contender gets a definite answer (no
 * 5xx), the store holds exactly what the winners were told, and nothing is numbered twice. CI runs one round
 * of 50; {@code bench/load/conflicts.sh} runs more through {@code conflict.rounds} and {@code conflict.contenders}.
 */
class ConcurrentContentionTest extends AppTestBase {

    private static final int CONTENDERS = Integer.getInteger("conflict.contenders", 50);
    private static final int ROUNDS = Integer.getInteger("conflict.contention-rounds", 1);

    @Autowired
    private DataSource dataSource;

    /** Starts all contenders at one moment and collects their answers. */
    private static List<Api.Answer> race(int contenders, IntFunction<Callable<Api.Answer>> contender) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Answer>> futures = new ArrayList<>();
            for (int i = 0; i < contenders; i++) {
                Callable<Api.Answer> call = contender.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Api.Answer> answers = new ArrayList<>();
            for (Future<Api.Answer> f : futures) {
                Api.Answer answer = f.get();
                assertThat(answer.status()).as("no 5xx: %s", answer.body()).isLessThan(500);
                answers.add(answer);
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private String registered(String titel) {
        gebied("Oost");
        return api.post(PROJECTBUREAU, "/v1/opgaven", map("titel", titel, "omschrijving", "Rollen verdelen",
                "thema", "klimaat", "gebied", "Oost", "initiatiefnemer", "wethouder")).expect(201).text("opgaveId");
    }

    @Test
    void concurrentAssignmentsOfOneSturingsdriehoekRoleLeaveExactlyOneHolder() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long started = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            // a token per round: it lives five minutes, and a full run takes longer
            String projectbureau = TestJwtIssuer.bearer(PROJECTBUREAU, "PROJECTBUREAU");
            String opgaveId = registered("Gelijktijdig benoemd " + round);
            List<Api.Answer> answers = race(CONTENDERS, i -> () -> api.post(projectbureau,
                    "/v1/opgaven/" + opgaveId + "/rollen", map("rol", "BESTUURLIJK_OPDRACHTGEVER",
                            "persoon", "kandidaat-" + i, "reden", "Voorgedragen als kandidaat " + i)));

            List<Api.Answer> accepted = answers.stream().filter(a -> a.status() == 201).toList();
            assertThat(accepted).hasSize(1);
            for (Api.Answer refused : answers) {
                if (refused.status() != 201) {
                    assertThat(refused.status()).as("answer %s", refused.body()).isEqualTo(409);
                    assertThat(refused.text("code")).isIn("ROL_ALREADY_HELD", "CONCURRENT_MODIFICATION");
                    assertThat(refused.text("detail")).isNotBlank();
                }
            }
            assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?"
                    + " and payload_type like '%RolAssignedEvent'", Long.class, opgaveId)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) - count(distinct sequence_number) from domain_event_entry"
                    + " where aggregate_identifier = ?", Long.class, opgaveId)).isZero();
            // the detail shows the one holder, and it is someone who was told 201
            JsonNode detail = api.awaitOpgave(opgaveId, d -> d.path("rollen").toString().contains("kandidaat-"));
            String holders = detail.path("rollen").toString();
            long shown = 0;
            for (int i = 0; i < CONTENDERS; i++) {
                if (holders.contains("\"kandidaat-" + i + "\"")) {
                    shown++;
                }
            }
            assertThat(shown).as("role holders in %s", holders).isEqualTo(1);
        }
        System.out.printf("contention: %d rounds of %d concurrent role assignments, one holder each, in %d ms%n",
                ROUNDS, CONTENDERS, (System.nanoTime() - started) / 1_000_000);
    }

    private static byte[] model(String processId, String name) {
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="defs"
                    targetNamespace="http://bpmn.io/schema/bpmn">
                  <bpmn:process id="%s" name="%s" isExecutable="true">
                    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="einde"/>
                    <bpmn:endEvent id="einde"><bpmn:incoming>f1</bpmn:incoming></bpmn:endEvent>
                  </bpmn:process>
                </bpmn:definitions>
                """).formatted(processId, name).getBytes(StandardCharsets.UTF_8);
    }

    private List<Integer> catalogueVersions(String processId) {
        List<Integer> versions = new ArrayList<>();
        JsonNode catalogue = api.get(PROCESEIGENAAR, "/v1/procesmodellen").expect(200).body().path("procesmodellen");
        for (JsonNode version : catalogue) {
            if (processId.equals(version.path("bpmnProcessId").asText())) {
                versions.add(version.path("versie").asInt());
            }
        }
        versions.sort(Integer::compare);
        return versions;
    }

    /** Each answer is 201 or 409 CONCURRENT_MODIFICATION with a detail; answers the versions the 201s name. */
    private static List<JsonNode> acceptedVersions(List<Api.Answer> answers) {
        List<JsonNode> accepted = new ArrayList<>();
        for (Api.Answer answer : answers) {
            if (answer.status() == 201) {
                accepted.add(answer.body().path("procesmodellen").get(0));
            } else {
                assertThat(answer.status()).as("answer %s", answer.body()).isEqualTo(409);
                assertThat(answer.text("code")).isEqualTo("CONCURRENT_MODIFICATION");
                assertThat(answer.text("detail")).isNotBlank();
            }
        }
        return accepted;
    }

    @Test
    void concurrentDeploymentsOfOneProcessGetDistinctVersionsOrAConflict() throws Exception {
        long started = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            String proceseigenaar = TestJwtIssuer.bearer(PROCESEIGENAAR, "PROCESEIGENAAR");
            String processId = "wedloop-" + UUID.randomUUID().toString().substring(0, 8);
            List<Api.Answer> answers = race(CONTENDERS, i -> () -> api.postMultipart(proceseigenaar,
                    "/v1/procesmodellen", "bestand", processId + ".bpmn", model(processId, "Wedloop " + i)));

            Set<Integer> versions = new HashSet<>();
            for (JsonNode version : acceptedVersions(answers)) {
                assertThat(versions.add(version.path("versie").asInt()))
                        .as("each accepted deployment has a version of its own").isTrue();
            }
            assertThat(versions).isNotEmpty();
            // the catalogue holds exactly the versions the winners were told, numbered 1..n without gaps
            List<Integer> expected = java.util.stream.IntStream.rangeClosed(1, versions.size()).boxed().toList();
            assertThat(versions.stream().sorted().toList()).isEqualTo(expected);
            assertThat(catalogueVersions(processId)).isEqualTo(expected);
        }
        System.out.printf("contention: %d rounds of %d concurrent deployments of changed content, distinct"
                + " versions, in %d ms%n",
                ROUNDS, CONTENDERS, (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void concurrentDeploymentsOfUnchangedContentCreateOneVersion() throws Exception {
        long started = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            String proceseigenaar = TestJwtIssuer.bearer(PROCESEIGENAAR, "PROCESEIGENAAR");
            String processId = "gelijk-" + UUID.randomUUID().toString().substring(0, 8);
            byte[] content = model(processId, "Steeds hetzelfde");
            List<Api.Answer> answers = race(CONTENDERS, i -> () -> api.postMultipart(proceseigenaar,
                    "/v1/procesmodellen", "bestand", processId + ".bpmn", content));

            Set<String> keys = new HashSet<>();
            for (JsonNode version : acceptedVersions(answers)) {
                assertThat(version.path("versie").asInt()).isEqualTo(1);
                keys.add(version.path("processDefinitionKey").asText());
            }
            assertThat(keys).as("every accepted deployment names the one version").hasSize(1);
            assertThat(catalogueVersions(processId)).containsExactly(1);
        }
        System.out.printf("contention: %d rounds of %d concurrent deployments of unchanged content, one version,"
                + " in %d ms%n",
                ROUNDS, CONTENDERS, (System.nanoTime() - started) / 1_000_000);
    }
}
