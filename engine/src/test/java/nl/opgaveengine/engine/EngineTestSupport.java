package nl.opgaveengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** One shared Spring context for all engine tests; each test uses its own process ids and keys. */
@SpringBootTest(classes = EngineTestApplication.class)
abstract class EngineTestSupport {

    @Autowired
    protected ProcessEngine engine;

    @Autowired
    protected nl.opgaveengine.engine.support.EngineClock clock;

    @Autowired
    protected org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** Moves the engine's clock forward; due timers fire at the next poll. */
    protected void advanceClock(Duration by) {
        clock.advance(by);
    }

    protected int instanceCount(String bpmnProcessId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM engine_process_instance WHERE bpmn_process_id = ?",
                Integer.class, bpmnProcessId);
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected ProcessDefinition deploy(BpmnModelInstance model) {
        String xml = Bpmn.convertToString(model);
        Deployment deployment = engine.deploy("test.bpmn", xml.getBytes(StandardCharsets.UTF_8), "tester");
        assertThat(deployment.processes()).hasSize(1);
        return deployment.processes().get(0);
    }

    protected ProcessInstanceState awaitState(long processInstanceKey, ProcessInstanceState.State state) {
        await().atMost(Duration.ofSeconds(20)).until(() -> engine.processInstance(processInstanceKey)
                .map(ProcessInstanceState::state).orElse(null) == state);
        return engine.processInstance(processInstanceKey).orElseThrow();
    }

    protected ProcessInstanceState instance(long processInstanceKey) {
        return engine.processInstance(processInstanceKey).orElseThrow();
    }

    protected List<ActivatedJob> activate(String jobType, int max) {
        return engine.activateJobs(jobType, "test-worker", Duration.ofMinutes(1), max);
    }

    protected List<ActivatedJob> awaitJobs(String jobType, int count) {
        java.util.List<ActivatedJob> taken = new java.util.ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            taken.addAll(activate(jobType, count - taken.size()));
            return taken.size() >= count;
        });
        return taken;
    }

    protected List<String> elementHistory(long processInstanceKey) {
        return engine.history(processInstanceKey).stream()
                .map(e -> e.elementId() + ":" + e.state()).toList();
    }
}
