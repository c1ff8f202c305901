package nl.opgaveengine.engine.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.opgaveengine.engine.ProcessEngine;
import nl.opgaveengine.engine.ProcessInstanceState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Each gateway call through the real Camunda Java client over real gRPC, with its error cases. */
@SpringBootTest
class GatewayTest {

    @Autowired
    EmbeddedGateway gateway;
    @Autowired
    ProcessEngine engine;

    private CamundaClient client;
    private final String id = "gw_" + UUID.randomUUID().toString().substring(0, 8).replace('-', '_');

    @BeforeEach
    void connect() {
        client = CamundaClient.newClientBuilder()
                .grpcAddress(URI.create("http://127.0.0.1:" + gateway.port()))
                .restAddress(URI.create("http://127.0.0.1:1"))
                .preferRestOverGrpc(false)
                .applyEnvironmentVariableOverrides(false)
                .defaultRequestTimeout(Duration.ofSeconds(20))
                .build();
    }

    @AfterEach
    void close() {
        client.close();
    }

    private BpmnModelInstance oneTask(String jobType) {
        return Bpmn.createExecutableProcess(id).startEvent("start_event_a")
                .serviceTask("service_task_a", t -> t.zeebeJobType(jobType).zeebeTaskHeader("kleur", "groen"))
                .endEvent("end_event_a").done();
    }

    private DeploymentEvent deploy(BpmnModelInstance model) {
        return client.newDeployResourceCommand().useGrpc().addProcessModel(model, id + ".bpmn").send().join();
    }

    @Test
    void topologyShowsOneHealthyPartitionAndTheGatewayVersion() {
        var topology = client.newTopologyRequest().useGrpc().send().join();
        assertThat(topology.getGatewayVersion()).isEqualTo("8.9.0");
        assertThat(topology.getPartitionsCount()).isEqualTo(1);
        assertThat(topology.getBrokers()).hasSize(1);
        assertThat(topology.getBrokers().get(0).getPartitions().get(0).isLeader()).isTrue();
    }

    @Test
    void deployingKeepsTheVersionOfUnchangedContentAndRefusesAnInvalidModelNamingTheElement() {
        // the builder names unnamed elements at random: deploy the very same bytes twice
        byte[] xml = Bpmn.convertToString(oneTask("gw-a")).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        DeploymentEvent first = client.newDeployResourceCommand().useGrpc().addResourceBytes(xml, id + ".bpmn")
                .send().join();
        assertThat(first.getProcesses()).singleElement().satisfies(p -> {
            assertThat(p.getBpmnProcessId()).isEqualTo(id);
            assertThat(p.getVersion()).isEqualTo(1);
            assertThat(p.getResourceName()).isEqualTo(id + ".bpmn");
        });
        DeploymentEvent again = client.newDeployResourceCommand().useGrpc().addResourceBytes(xml, id + ".bpmn")
                .send().join();
        assertThat(again.getKey()).isNotEqualTo(first.getKey());
        assertThat(again.getProcesses().get(0).getVersion()).isEqualTo(1);
        assertThat(again.getProcesses().get(0).getProcessDefinitionKey())
                .isEqualTo(first.getProcesses().get(0).getProcessDefinitionKey());
        assertThat(deploy(oneTask("gw-b")).getProcesses().get(0).getVersion()).isEqualTo(2);

        BpmnModelInstance unsupported = Bpmn.createExecutableProcess(id + "_x").startEvent()
                .manualTask("manual_task_x").endEvent().done();
        assertThatThrownBy(() -> client.newDeployResourceCommand().useGrpc()
                .addProcessModel(unsupported, "x.bpmn").send().join())
                .isInstanceOfSatisfying(ClientStatusException.class, e -> {
                    assertThat(e.getStatusCode().name()).isEqualTo("INVALID_ARGUMENT");
                    assertThat(e.getMessage()).contains("manual_task_x");
                });
    }

    @Test
    void aJobWorkerDrivesAnInstanceToTheEndAndWithResultReturnsItsVariables() {
        deploy(oneTask("gw-work-" + id));
        List<ActivatedJob> seen = new CopyOnWriteArrayList<>();
        try (JobWorker worker = client.newWorker().jobType("gw-work-" + id)
                .handler((jobClient, job) -> {
                    seen.add(job);
                    jobClient.newCompleteCommand(job.getKey()).variables(Map.of("gedaan", true)).send().join();
                })
                .pollInterval(Duration.ofMillis(50)).open()) {
            ProcessInstanceResult result = client.newCreateInstanceCommand().bpmnProcessId(id).latestVersion()
                    .variables(Map.of("bedrag", 12)).withResult().requestTimeout(Duration.ofSeconds(15))
                    .send().join();
            assertThat(result.getVariablesAsMap()).containsEntry("gedaan", true).containsEntry("bedrag", 12);
        }
        assertThat(seen).singleElement().satisfies(job -> {
            assertThat(job.getCustomHeaders()).containsEntry("kleur", "groen");
            assertThat(job.getElementId()).isEqualTo("service_task_a");
            assertThat(job.getBpmnProcessId()).isEqualTo(id);
        });
    }

    @Test
    void aStreamingWorkerReceivesJobsPushed() {
        deploy(oneTask("gw-stream-" + id));
        ProcessInstanceEvent instance = client.newCreateInstanceCommand().bpmnProcessId(id).latestVersion()
                .send().join();
        try (JobWorker worker = client.newWorker().jobType("gw-stream-" + id)
                .handler((jobClient, job) -> jobClient.newCompleteCommand(job.getKey()).send().join())
                .streamEnabled(true).pollInterval(Duration.ofMinutes(5)).open()) {
            await().atMost(Duration.ofSeconds(15)).until(() -> engine.processInstance(instance.getProcessInstanceKey())
                    .map(s -> s.state() == ProcessInstanceState.State.COMPLETED).orElse(false));
        }
    }

    @Test
    void completingAnUnknownJobIsNotFound() {
        assertThatThrownBy(() -> client.newCompleteCommand(2251799813685249L + 987_654_321L).send().join())
                .isInstanceOfSatisfying(ClientStatusException.class, e -> {
                    assertThat(e.getStatusCode().name()).isEqualTo("NOT_FOUND");
                    assertThat(e.getMessage()).contains("Command 'COMPLETE' rejected with code 'NOT_FOUND'");
                });
    }

    @Test
    void failingWithoutRetriesRaisesAnIncidentThatIsResolvedAfterNewRetries() {
        deploy(oneTask("gw-fail-" + id));
        ProcessInstanceEvent instance = client.newCreateInstanceCommand().bpmnProcessId(id).latestVersion()
                .send().join();
        var jobs = client.newActivateJobsCommand().jobType("gw-fail-" + id).maxJobsToActivate(1)
                .requestTimeout(Duration.ofSeconds(5)).send().join().getJobs();
        assertThat(jobs).hasSize(1);
        long jobKey = jobs.get(0).getKey();
        client.newFailCommand(jobKey).retries(0).errorMessage("dienst onbereikbaar").send().join();
        var incidents = engine.incidents(instance.getProcessInstanceKey());
        assertThat(incidents).hasSize(1);
        client.newUpdateRetriesCommand(jobKey).retries(2).send().join();
        client.newResolveIncidentCommand(incidents.get(0).key()).send().join();
        var again = client.newActivateJobsCommand().jobType("gw-fail-" + id).maxJobsToActivate(1)
                .requestTimeout(Duration.ofSeconds(5)).send().join().getJobs();
        assertThat(again).extracting(ActivatedJob::getKey).containsExactly(jobKey);
        client.newCompleteCommand(jobKey).send().join();
        assertThat(engine.processInstance(instance.getProcessInstanceKey()).orElseThrow().state())
                .isEqualTo(ProcessInstanceState.State.COMPLETED);
    }

    @Test
    void updatingRetriesToZeroIsInvalid() {
        assertThatThrownBy(() -> client.newUpdateRetriesCommand(2251799813685249L).retries(0).send().join())
                .isInstanceOfSatisfying(ClientStatusException.class,
                        e -> assertThat(e.getStatusCode().name()).isEqualTo("INVALID_ARGUMENT"));
    }

    @Test
    void aPublishedMessageIsCorrelatedByKeyAndAnInstanceCanBeCancelled() {
        BpmnModelInstance waiting = Bpmn.createExecutableProcess(id).startEvent()
                .intermediateCatchEvent("message_catch_event_a").message(m -> m.name("gw-bericht")
                        .zeebeCorrelationKeyExpression("sleutel"))
                .endEvent().done();
        deploy(waiting);
        ProcessInstanceEvent a = client.newCreateInstanceCommand().bpmnProcessId(id).latestVersion()
                .variables(Map.of("sleutel", id + "-a")).send().join();
        ProcessInstanceEvent b = client.newCreateInstanceCommand().bpmnProcessId(id).latestVersion()
                .variables(Map.of("sleutel", id + "-b")).send().join();
        client.newPublishMessageCommand().messageName("gw-bericht").correlationKey(id + "-a")
                .timeToLive(Duration.ZERO).send().join();
        assertThat(engine.processInstance(a.getProcessInstanceKey()).orElseThrow().state())
                .isEqualTo(ProcessInstanceState.State.COMPLETED);
        client.newCancelInstanceCommand(b.getProcessInstanceKey()).send().join();
        assertThat(engine.processInstance(b.getProcessInstanceKey()).orElseThrow().state())
                .isEqualTo(ProcessInstanceState.State.TERMINATED);
        assertThatThrownBy(() -> client.newCancelInstanceCommand(b.getProcessInstanceKey() + 7_000_000).send().join())
                .isInstanceOfSatisfying(ClientStatusException.class,
                        e -> assertThat(e.getStatusCode().name()).isEqualTo("NOT_FOUND"));
    }

    @Test
    void startingAnUnknownProcessIsNotFound() {
        assertThatThrownBy(() -> client.newCreateInstanceCommand().bpmnProcessId("bestaat_niet_" + id)
                .latestVersion().send().join())
                .isInstanceOfSatisfying(ClientStatusException.class, e -> {
                    assertThat(e.getStatusCode().name()).isEqualTo("NOT_FOUND");
                    assertThat(e.getMessage()).contains("bestaat_niet_" + id);
                });
    }

    @Test
    void unsupportedCallsAnswerUnimplemented() {
        io.grpc.ManagedChannel channel = io.grpc.netty.NettyChannelBuilder.forAddress("127.0.0.1", gateway.port())
                .usePlaintext().build();
        try {
            var stub = io.camunda.zeebe.gateway.protocol.GatewayGrpc.newBlockingStub(channel);
            assertThatThrownBy(() -> stub.broadcastSignal(io.camunda.zeebe.gateway.protocol.GatewayOuterClass
                    .BroadcastSignalRequest.newBuilder().setSignalName("s").build()))
                    .isInstanceOfSatisfying(io.grpc.StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNIMPLEMENTED));
        } finally {
            channel.shutdownNow();
        }
    }
}
