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
    @Autowired
    GatewayService service;
    @Autowired
    nl.opgaveengine.engine.support.EngineClock clock;

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

    private long activateOne(String jobType) {
        var jobs = client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(1)
                .requestTimeout(Duration.ofSeconds(5)).send().join().getJobs();
        assertThat(jobs).hasSize(1);
        return jobs.get(0).getKey();
    }

    private static void assertStatus(Throwable e, String code, String text) {
        assertThat(e).isInstanceOf(ClientStatusException.class);
        assertThat(((ClientStatusException) e).getStatusCode().name()).isEqualTo(code);
        assertThat(e.getMessage()).contains(text);
    }

    @Test
    void throwErrorIsCaughtByTheBoundaryEventAndAnUnknownJobIsNotFound() {
        String jobType = "gw-error-" + id;
        deploy(Bpmn.createExecutableProcess(id).startEvent()
                .serviceTask("service_task_a", t -> t.zeebeJobType(jobType))
                .boundaryEvent("boundary_event_fout", b -> b.error("AFGEWEZEN")).endEvent("end_event_fout")
                .moveToActivity("service_task_a").endEvent("end_event_ok").done());
        long instance = client.newCreateInstanceCommand().bpmnProcessId(id).latestVersion().send().join()
                .getProcessInstanceKey();

        client.newThrowErrorCommand(activateOne(jobType)).errorCode("AFGEWEZEN").errorMessage("nee")
                .variables(Map.of("reden", "budget")).send().join();

        ProcessInstanceState state = engine.processInstance(instance).orElseThrow();
        assertThat(state.state()).isEqualTo(ProcessInstanceState.State.COMPLETED);
        assertThat(state.variables()).containsEntry("reden", "budget");
        assertThat(engine.history(instance)).extracting(e -> e.elementId()).contains("end_event_fout");
        assertThatThrownBy(() -> client.newThrowErrorCommand(2251799813685249L).errorCode("X").send().join())
                .satisfies(e -> assertStatus(e, "NOT_FOUND", "Command 'THROW_ERROR' rejected with code 'NOT_FOUND'"));
    }

    @Test
    void anErrorThrownInACalledProcessIsCaughtOnTheCallActivity() {
        String jobType = "gw-kind-error-" + id;
        String childId = id + "_kind";
        client.newDeployResourceCommand().useGrpc().addProcessModel(Bpmn.createExecutableProcess(childId)
                .startEvent().serviceTask("service_task_kind", t -> t.zeebeJobType(jobType)).endEvent().done(),
                childId + ".bpmn").send().join();
        deploy(Bpmn.createExecutableProcess(id).startEvent()
                .callActivity("call_activity_kind", c -> c.zeebeProcessId(childId))
                .boundaryEvent("boundary_event_fout", b -> b.error("AFGEWEZEN")).endEvent("end_event_fout")
                .moveToActivity("call_activity_kind").endEvent("end_event_ok").done());
        long instance = client.newCreateInstanceCommand().bpmnProcessId(id).latestVersion().send().join()
                .getProcessInstanceKey();

        client.newThrowErrorCommand(activateOne(jobType)).errorCode("AFGEWEZEN")
                .variables(Map.of("reden", "kind")).send().join();

        ProcessInstanceState state = engine.processInstance(instance).orElseThrow();
        assertThat(state.state()).isEqualTo(ProcessInstanceState.State.COMPLETED);
        assertThat(state.variables()).containsEntry("reden", "kind");
        assertThat(engine.history(instance)).extracting(e -> e.elementId()).contains("end_event_fout")
                .doesNotContain("end_event_ok");
    }

    @Test
    void setVariablesWritesLocallyOrPropagatesAndAnUnknownElementIsNotFound() {
        deploy(oneTask("gw-vars-" + id));
        long instance = client.newCreateInstanceCommand().bpmnProcessId(id).latestVersion()
                .variables(Map.of("a", 1)).send().join().getProcessInstanceKey();
        long task = engine.activeElements(instance).get(0).key();

        var answer = client.newSetVariablesCommand(instance).variables(Map.of("a", 2, "b", "x")).send().join();
        client.newSetVariablesCommand(task).variables(Map.of("lokaal", true)).local(true).send().join();

        assertThat(answer.getKey()).isPositive();
        assertThat(engine.processInstance(instance).orElseThrow().variables()).containsEntry("a", 2)
                .containsEntry("b", "x").doesNotContainKey("lokaal");
        var job = client.newActivateJobsCommand().jobType("gw-vars-" + id).maxJobsToActivate(1)
                .requestTimeout(Duration.ofSeconds(5)).send().join().getJobs().get(0);
        assertThat(job.getVariablesAsMap()).containsEntry("lokaal", true).containsEntry("a", 2);
        assertThatThrownBy(() -> client.newSetVariablesCommand(instance + 7_000_000).variables(Map.of("a", 1))
                .send().join())
                .satisfies(e -> assertStatus(e, "NOT_FOUND", "Expected to update variables for element with key"));
        assertThatThrownBy(() -> client.newSetVariablesCommand(instance).variables("[1]").send().join())
                .satisfies(e -> assertStatus(e, "INVALID_ARGUMENT", "root level object"));
    }

    @Test
    void updateJobTimeoutMovesTheDeadlineOfAnActiveJobOnly() {
        deploy(oneTask("gw-timeout-" + id));
        client.newCreateInstanceCommand().bpmnProcessId(id).latestVersion().send().join();
        long jobKey = activateOne("gw-timeout-" + id);

        client.newUpdateTimeoutCommand(jobKey).timeout(Duration.ofHours(3)).send().join();

        client.newCompleteCommand(jobKey).send().join();
        assertThatThrownBy(() -> client.newUpdateTimeoutCommand(jobKey).timeout(Duration.ofHours(1)).send().join())
                .satisfies(e -> assertStatus(e, "NOT_FOUND", "UPDATE_TIMEOUT"));
    }

    @Test
    void migrateProcessInstanceMovesToTheNewVersionAndRefusesWhatDoesNotFit() {
        String jobType = "gw-migrate-" + id;
        deploy(oneTask(jobType));
        long instance = client.newCreateInstanceCommand().bpmnProcessId(id).latestVersion().send().join()
                .getProcessInstanceKey();
        long target = deploy(Bpmn.createExecutableProcess(id).startEvent("start_event_a")
                .serviceTask("service_task_b", t -> t.zeebeJobType(jobType))
                .userTask("user_task_c").endEvent("end_event_b").done())
                .getProcesses().get(0).getProcessDefinitionKey();

        assertThatThrownBy(() -> client.newMigrateProcessInstanceCommand(instance).migrationPlan(target)
                .addMappingInstruction("start_event_a", "start_event_a").send().join())
                .satisfies(e -> assertStatus(e, "FAILED_PRECONDITION", "'service_task_a' is not mapped"));
        assertThatThrownBy(() -> client.newMigrateProcessInstanceCommand(instance).migrationPlan(target)
                .addMappingInstruction("service_task_a", "user_task_c").send().join())
                .satisfies(e -> assertStatus(e, "FAILED_PRECONDITION", "different type"));
        assertThatThrownBy(() -> client.newMigrateProcessInstanceCommand(instance).migrationPlan(target)
                .addMappingInstruction("service_task_a", "bestaat_niet").send().join())
                .satisfies(e -> assertStatus(e, "INVALID_ARGUMENT", "bestaat_niet"));
        assertThatThrownBy(() -> client.newMigrateProcessInstanceCommand(instance + 7_000_000)
                .migrationPlan(target).addMappingInstruction("service_task_a", "service_task_b").send().join())
                .satisfies(e -> assertStatus(e, "NOT_FOUND", "no process instance found"));

        client.newMigrateProcessInstanceCommand(instance).migrationPlan(target)
                .addMappingInstruction("service_task_a", "service_task_b").send().join();

        ProcessInstanceState migrated = engine.processInstance(instance).orElseThrow();
        assertThat(migrated.processDefinitionKey()).isEqualTo(target);
        assertThat(migrated.activeElementIds()).containsExactly("service_task_b");
        client.newCompleteCommand(activateOne(jobType)).send().join();
        assertThat(engine.processInstance(instance).orElseThrow().activeElementIds()).containsExactly("user_task_c");
    }

    @Test
    void aLongPollingActivationWaitsForTheJobThatIsCreatedMeanwhile() throws Exception {
        deploy(oneTask("gw-lang-" + id));
        var pending = client.newActivateJobsCommand().jobType("gw-lang-" + id).maxJobsToActivate(5)
                .requestTimeout(Duration.ofSeconds(10)).send();
        ProcessInstanceEvent instance = client.newCreateInstanceCommand().bpmnProcessId(id).latestVersion()
                .send().join();
        var jobs = pending.join().getJobs();
        assertThat(jobs).singleElement()
                .satisfies(job -> assertThat(job.getProcessInstanceKey()).isEqualTo(instance.getProcessInstanceKey()));
        var none = client.newActivateJobsCommand().jobType("gw-lang-" + id).maxJobsToActivate(5)
                .requestTimeout(Duration.ofMillis(300)).send().join().getJobs();
        assertThat(none).as("the job is locked by the first activation").isEmpty();
    }

    @Test
    void aJobWhoseWorkerVanishesTimesOutAndIsActivatedAgain() {
        deploy(oneTask("gw-weg-" + id));
        client.newCreateInstanceCommand().bpmnProcessId(id).latestVersion().send().join();
        var first = client.newActivateJobsCommand().jobType("gw-weg-" + id).maxJobsToActivate(1)
                .timeout(Duration.ofSeconds(30)).requestTimeout(Duration.ofSeconds(5)).send().join().getJobs();
        assertThat(first).hasSize(1);
        // the worker that took it is gone (crashed or restarted): once the lock runs out the job is free again
        clock.advance(Duration.ofSeconds(31));
        var again = client.newActivateJobsCommand().jobType("gw-weg-" + id).maxJobsToActivate(1)
                .requestTimeout(Duration.ofSeconds(5)).send().join().getJobs();
        assertThat(again).extracting(ActivatedJob::getKey).containsExactly(first.get(0).getKey());
        client.newCompleteCommand(again.get(0).getKey()).send().join();
    }

    @Test
    void withATokenConfiguredCallsWithoutItAreUnauthenticated() {
        GatewayProperties guarded = new GatewayProperties();
        guarded.setPort(0);
        guarded.setToken("geheim-" + id);
        JobStreams ownStreams = new JobStreams(engine, Duration.ofMillis(100));
        EmbeddedGateway second = new EmbeddedGateway(service, guarded, ownStreams);
        second.start();
        try (CamundaClient anonymous = CamundaClient.newClientBuilder()
                .grpcAddress(URI.create("http://127.0.0.1:" + second.port())).preferRestOverGrpc(false)
                .applyEnvironmentVariableOverrides(false).build();
             CamundaClient withToken = CamundaClient.newClientBuilder()
                .grpcAddress(URI.create("http://127.0.0.1:" + second.port())).preferRestOverGrpc(false)
                .applyEnvironmentVariableOverrides(false)
                .credentialsProvider(new io.camunda.client.CredentialsProvider() {
                    @Override
                    public void applyCredentials(CredentialsApplier applier) {
                        applier.put("Authorization", "Bearer geheim-" + id);
                    }

                    @Override
                    public boolean shouldRetryRequest(StatusCode statusCode) {
                        return false;
                    }
                }).build()) {
            assertThatThrownBy(() -> anonymous.newTopologyRequest().useGrpc().send().join())
                    .isInstanceOfSatisfying(ClientStatusException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
            assertThat(withToken.newTopologyRequest().useGrpc().send().join().getGatewayVersion()).isEqualTo("8.9.0");
        } finally {
            second.stop();
        }
    }

    @Test
    void aMessageWithoutSubscribersIsAcceptedAndBufferedForItsTimeToLive() {
        BpmnModelInstance waiting = Bpmn.createExecutableProcess(id).startEvent()
                .intermediateCatchEvent("message_catch_event_b").message(m -> m.name("gw-vooraf")
                        .zeebeCorrelationKeyExpression("sleutel"))
                .endEvent().done();
        deploy(waiting);
        var published = client.newPublishMessageCommand().messageName("gw-vooraf").correlationKey(id)
                .timeToLive(Duration.ofMinutes(1)).send().join();
        assertThat(published.getMessageKey()).isPositive();
        ProcessInstanceEvent late = client.newCreateInstanceCommand().bpmnProcessId(id).latestVersion()
                .variables(Map.of("sleutel", id)).send().join();
        assertThat(engine.processInstance(late.getProcessInstanceKey()).orElseThrow().state())
                .isEqualTo(ProcessInstanceState.State.COMPLETED);
    }

    @Test
    void aMessageIdThatIsStillBufferedIsAlreadyExists() {
        client.newPublishMessageCommand().messageName("gw-eenmalig").correlationKey(id).messageId("bericht-1")
                .timeToLive(Duration.ofMinutes(5)).send().join();

        assertThatThrownBy(() -> client.newPublishMessageCommand().messageName("gw-eenmalig").correlationKey(id)
                .messageId("bericht-1").timeToLive(Duration.ofMinutes(5)).send().join())
                .isInstanceOfSatisfying(ClientStatusException.class, e -> {
                    assertThat(e.getStatusCode().name()).isEqualTo("ALREADY_EXISTS");
                    assertThat(e.getMessage()).contains("Command 'PUBLISH' rejected with code 'ALREADY_EXISTS':"
                            + " Expected to publish a new message with id 'bericht-1', but a message with that id"
                            + " was already published");
                });
        var otherKey = client.newPublishMessageCommand().messageName("gw-eenmalig").correlationKey(id + "-b")
                .messageId("bericht-1").timeToLive(Duration.ofMinutes(5)).send().join();
        var withoutId = client.newPublishMessageCommand().messageName("gw-eenmalig").correlationKey(id)
                .timeToLive(Duration.ofMinutes(5)).send().join();
        assertThat(otherKey.getMessageKey()).isPositive();
        assertThat(withoutId.getMessageKey()).isPositive();
    }
}
