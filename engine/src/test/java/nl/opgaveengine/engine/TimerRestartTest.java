package nl.opgaveengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opgaveengine.engine.ProcessInstanceState.State;
import nl.opgaveengine.engine.event.TimerTriggeredEvent;
import nl.opgaveengine.engine.instance.ProcessInstanceAggregate;
import nl.opgaveengine.engine.support.EngineClock;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stops an application mid-process while a timer waits, starts a fresh one on the same database after the due
 * date, and sees the timer fire late and the instance finish. Uses a database (or schema) of its own, so the
 * shared test context's poller cannot fire the timer in between.
 */
class TimerRestartTest {

    @Test
    void aTimerThatFellDueWhileTheApplicationWasDownFiresAfterTheRestart() {
        String suffix = UUID.randomUUID().toString().substring(0, 8).replace("-", "");
        String sharedUrl = System.getProperty("spring.datasource.url", "");
        boolean postgres = sharedUrl.startsWith("jdbc:postgresql");
        String schema = "engine_restart_" + suffix;
        List<String> args = isolatedDatabase(sharedUrl, schema, "restart-" + suffix);
        String processId = "herstart-" + suffix;
        long instanceKey;
        try (ConfigurableApplicationContext before = start(args)) {
            ProcessEngine engine = before.getBean(ProcessEngine.class);
            engine.deploy("herstart.bpmn", Bpmn.convertToString(Bpmn.createExecutableProcess(processId)
                    .startEvent()
                    .serviceTask("service_task_voor", t -> t.zeebeJobType(EngineTestApplication.ECHO_JOB))
                    .intermediateCatchEvent("timer_event_rapportage", e -> e.timerWithDuration("PT1H"))
                    .serviceTask("service_task_na", t -> t.zeebeJobType(EngineTestApplication.ECHO_JOB)
                            .zeebeTaskHeader("result", "na-herstart"))
                    .endEvent("end_event")
                    .done()).getBytes(StandardCharsets.UTF_8), "tester");
            instanceKey = engine.createProcessInstance(processId, Map.of()).processInstanceKey();
            await().atMost(Duration.ofSeconds(20)).until(() -> engine.processInstance(instanceKey).orElseThrow()
                    .activeElementIds().contains("timer_event_rapportage"));
        }

        try (ConfigurableApplicationContext after = start(args)) {
            ProcessEngine engine = after.getBean(ProcessEngine.class);
            assertThat(engine.processInstance(instanceKey).orElseThrow().activeElementIds())
                    .containsExactly("timer_event_rapportage");
            after.getBean(EngineClock.class).advance(Duration.ofHours(3));

            await().atMost(Duration.ofSeconds(20)).until(() ->
                    engine.processInstance(instanceKey).orElseThrow().state() == State.COMPLETED);
            assertThat(engine.processInstance(instanceKey).orElseThrow().variables())
                    .containsEntry("echoed", "na-herstart");
            TimerTriggeredEvent fired = after.getBean(EventStore.class)
                    .readEvents(ProcessInstanceAggregate.aggregateId(instanceKey)).asStream()
                    .map(m -> m.getPayload()).filter(TimerTriggeredEvent.class::isInstance)
                    .map(TimerTriggeredEvent.class::cast).findFirst().orElseThrow();
            assertThat(Duration.between(fired.dueAt(), fired.triggeredAt())).as("fired late, not lost")
                    .isGreaterThan(Duration.ofMinutes(100));
            if (postgres) {
                after.getBean(JdbcTemplate.class).execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    void aPendingEventSubProcessTimerFiresAfterTheRestartAndInterruptsTheProcess() {
        String suffix = UUID.randomUUID().toString().substring(0, 8).replace("-", "");
        String sharedUrl = System.getProperty("spring.datasource.url", "");
        boolean postgres = sharedUrl.startsWith("jdbc:postgresql");
        String schema = "engine_restart_esp_" + suffix;
        List<String> args = isolatedDatabase(sharedUrl, schema, "restart-esp-" + suffix);
        String processId = "herstart-esp-" + suffix;
        long instanceKey;
        try (ConfigurableApplicationContext before = start(args)) {
            ProcessEngine engine = before.getBean(ProcessEngine.class);
            var process = Bpmn.createExecutableProcess(processId);
            process.eventSubProcess("event_sub_process_verlopen", e -> e
                    .startEvent("timer_start_verlopen").timerWithDuration("PT1H")
                    .serviceTask("service_task_verlopen", t -> t.zeebeJobType(EngineTestApplication.ECHO_JOB)
                            .zeebeTaskHeader("result", "verlopen-na-herstart"))
                    .endEvent("end_event_verlopen"));
            engine.deploy("herstart-esp.bpmn", Bpmn.convertToString(process.startEvent()
                    .userTask("user_task_wacht")
                    .endEvent("end_event_gewoon")
                    .done()).getBytes(StandardCharsets.UTF_8), "tester");
            instanceKey = engine.createProcessInstance(processId, Map.of()).processInstanceKey();
            await().atMost(Duration.ofSeconds(20)).until(() -> engine.processInstance(instanceKey).orElseThrow()
                    .activeElementIds().contains("user_task_wacht"));
        }

        try (ConfigurableApplicationContext after = start(args)) {
            ProcessEngine engine = after.getBean(ProcessEngine.class);
            assertThat(engine.processInstance(instanceKey).orElseThrow().activeElementIds())
                    .containsExactly("user_task_wacht");
            after.getBean(EngineClock.class).advance(Duration.ofHours(3));

            await().atMost(Duration.ofSeconds(20)).until(() ->
                    engine.processInstance(instanceKey).orElseThrow().state() == State.COMPLETED);
            assertThat(engine.processInstance(instanceKey).orElseThrow().variables())
                    .containsEntry("echoed", "verlopen-na-herstart");
            assertThat(engine.history(instanceKey).stream().map(h -> h.elementId() + ":" + h.state()).toList())
                    .contains("user_task_wacht:TERMINATED", "timer_start_verlopen:COMPLETED",
                            "end_event_verlopen:COMPLETED")
                    .doesNotContain("end_event_gewoon:COMPLETED");
            if (postgres) {
                after.getBean(JdbcTemplate.class).execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    /** Start arguments for an application on a schema (PostgreSQL) or in-memory database (H2) of its own. */
    private static List<String> isolatedDatabase(String sharedUrl, String schema, String h2Name) {
        List<String> args = new ArrayList<>();
        if (sharedUrl.startsWith("jdbc:postgresql")) {
            args.add("--spring.datasource.url=" + sharedUrl.replaceAll("currentSchema=[^&]*", "currentSchema=" + schema));
            args.add("--spring.flyway.default-schema=" + schema);
            args.add("--spring.flyway.schemas=" + schema);
        } else {
            args.add("--spring.datasource.url=jdbc:h2:mem:" + h2Name
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        return args;
    }

    private static ConfigurableApplicationContext start(List<String> args) {
        return new SpringApplicationBuilder(EngineTestApplication.class).run(args.toArray(String[]::new));
    }
}
