package nl.opgaveengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.opgaveengine.engine.EngineException.Rejection;
import nl.opgaveengine.engine.ProcessInstanceState.State;
import org.junit.jupiter.api.Test;

/**
 * Camunda 8's message uniqueness: a message with an id is refused (ALREADY_EXISTS) while a message with the same
 * name, correlation key and id is buffered; once it left the buffer the id may be used again.
 */
class MessageIdTest extends EngineTestSupport {

    private static final Duration TTL = Duration.ofMinutes(10);

    @Test
    void aSecondMessageWithTheSameIdIsRefusedWhileTheFirstIsBuffered() {
        String name = unique("bericht");
        engine.publishMessage(name, "K-1", TTL, Map.of("nr", 1), "id-1");

        assertThatThrownBy(() -> engine.publishMessage(name, "K-1", TTL, Map.of("nr", 2), "id-1"))
                .isInstanceOfSatisfying(EngineException.class,
                        e -> assertThat(e.rejection()).isEqualTo(Rejection.ALREADY_EXISTS));

        String processId = unique("wacht");
        deploy(Bpmn.createExecutableProcess(processId).startEvent()
                .intermediateCatchEvent("message_catch_event_a", e -> e.message(m -> m.name(name)
                        .zeebeCorrelationKeyExpression("sleutel")))
                .endEvent().done());
        long instance = engine.createProcessInstance(processId, Map.of("sleutel", "K-1")).processInstanceKey();
        assertThat(instance(instance).state()).isEqualTo(State.COMPLETED);
        assertThat(instance(instance).variables()).containsEntry("nr", 1);
    }

    @Test
    void otherCorrelationKeysNamesAndMissingIdsNeverClash() {
        String name = unique("bericht");
        engine.publishMessage(name, "K-1", TTL, Map.of(), "id-1");
        engine.publishMessage(name, "K-2", TTL, Map.of(), "id-1");
        engine.publishMessage(name + "-ander", "K-1", TTL, Map.of(), "id-1");
        engine.publishMessage(name, "K-1", TTL, Map.of(), "id-2");
        engine.publishMessage(name, "K-1", TTL, Map.of(), null);
        engine.publishMessage(name, "K-1", TTL, Map.of(), "");
        engine.publishMessage(name, "K-1", TTL, Map.of(), "");
        engine.publishMessage(name, "K-1", TTL, Map.of());
    }

    @Test
    void theIdIsFreeAgainOnceTheMessageLeftTheBuffer() {
        String name = unique("bericht");
        engine.publishMessage(name, "K-1", Duration.ZERO, Map.of(), "id-1");
        engine.publishMessage(name, "K-1", Duration.ZERO, Map.of(), "id-1");

        engine.publishMessage(name, "K-1", Duration.ofMinutes(1), Map.of(), "id-1");
        assertThatThrownBy(() -> engine.publishMessage(name, "K-1", TTL, Map.of(), "id-1"))
                .isInstanceOf(EngineException.class);
        advanceClock(Duration.ofMinutes(2));
        assertThat(engine.publishMessage(name, "K-1", TTL, Map.of(), "id-1")).isPositive();
        assertThatThrownBy(() -> engine.publishMessage(name, "K-1", TTL, Map.of(), "id-1"))
                .isInstanceOf(EngineException.class);
    }

    @Test
    void ofConcurrentPublishesWithTheSameIdExactlyOneIsAccepted() throws Exception {
        String name = unique("bericht");
        int publishers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(publishers);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < publishers; i++) {
                Callable<String> publish = () -> {
                    start.await();
                    try {
                        engine.publishMessage(name, "K-1", TTL, Map.of(), "id-1");
                        return "accepted";
                    } catch (EngineException e) {
                        return e.rejection().name();
                    }
                };
                outcomes.add(pool.submit(publish));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).containsOnlyOnce("accepted");
            assertThat(results).filteredOn(r -> !r.equals("accepted")).containsOnly("ALREADY_EXISTS");
        } finally {
            pool.shutdownNow();
        }
    }
}
