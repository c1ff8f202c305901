package nl.opgaveengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import nl.opgaveengine.engine.ProcessInstanceState.State;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The aggregate cache never serves state that is not the stored one: not after a rolled-back outer transaction,
 * and not after another node (a second application context on the same database) appended to the instance.
 */
class AggregateCacheTest extends EngineTestSupport {

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    javax.sql.DataSource dataSource;

    private String twoTasks(String jobType) {
        String processId = unique("cache");
        deploy(Bpmn.createExecutableProcess(processId)
                .startEvent()
                .serviceTask("service_task_eerst", t -> t.zeebeJobType(jobType + "-1"))
                .serviceTask("service_task_daarna", t -> t.zeebeJobType(jobType + "-2"))
                .endEvent("end_event_klaar")
                .done());
        return processId;
    }

    @Test
    void aRolledBackOuterTransactionLeavesNoStateInTheCache() {
        String jobType = unique("rollback-cache");
        long instanceKey = engine.createProcessInstance(twoTasks(jobType), Map.of()).processInstanceKey();
        ActivatedJob first = awaitJobs(jobType + "-1", 1).get(0);

        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            engine.completeJob(first.key(), Map.of("stap", 1));
            throw new IllegalStateException("de aanroeper ziet af");
        })).hasMessage("de aanroeper ziet af");

        assertThat(engine.activeElements(instanceKey)).extracting(ElementInstance::elementId)
                .containsExactly("service_task_eerst");
        engine.completeJob(first.key(), Map.of("stap", 2));
        ActivatedJob second = awaitJobs(jobType + "-2", 1).get(0);
        engine.completeJob(second.key(), Map.of());

        assertThat(instance(instanceKey).state()).isEqualTo(State.COMPLETED);
        assertThat(elementHistory(instanceKey)).containsSubsequence("service_task_eerst:COMPLETED",
                "service_task_daarna:COMPLETED", "end_event_klaar:COMPLETED");
        List<Long> sequence = jdbc.queryForList("SELECT sequence_number FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? ORDER BY sequence_number", Long.class,
                "process-instance:" + instanceKey);
        assertThat(sequence).hasSize(sequence.get(sequence.size() - 1).intValue() + 1);
    }

    @Test
    void anotherNodesWriteIsSeenBeforeACachedInstanceIsUsed() {
        String jobType = unique("two-nodes");
        String processId = twoTasks(jobType);
        long instanceKey = engine.createProcessInstance(processId, Map.of()).processInstanceKey();
        ActivatedJob first = awaitJobs(jobType + "-1", 1).get(0);
        ActivatedJob second;

        try (ConfigurableApplicationContext otherNode = new SpringApplicationBuilder(EngineTestApplication.class)
                .run("--spring.datasource.url=" + ((HikariDataSource) dataSource).getJdbcUrl(),
                        "--opgave.engine.worker.enabled=false", "--opgave.engine.timer.enabled=false",
                        "--opgave.engine.gateway.enabled=false", "--spring.main.banner-mode=off")) {
            ProcessEngine nodeB = otherNode.getBean(ProcessEngine.class);
            nodeB.completeJob(first.key(), Map.of("knooppunt", "B"));
            second = nodeB.activateJobs(jobType + "-2", "node-b", java.time.Duration.ofMinutes(1), 1).get(0);
        }

        // this node cached the instance at the first task; the second job exists only in the store
        engine.completeJob(second.key(), Map.of());

        assertThat(instance(instanceKey).state()).isEqualTo(State.COMPLETED);
        assertThat(instance(instanceKey).variables()).containsEntry("knooppunt", "B");
    }
}
