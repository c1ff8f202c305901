package nl.opgaveengine.engine.gateway;

import io.camunda.zeebe.gateway.protocol.GatewayGrpc;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivateJobsRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivateJobsResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.BrokerInfo;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CancelProcessInstanceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CancelProcessInstanceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CompleteJobRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CompleteJobResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceWithResultRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceWithResultResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeployResourceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeployResourceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.FailJobRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.FailJobResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.Partition;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ProcessMetadata;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.PublishMessageRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.PublishMessageResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ResolveIncidentRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ResolveIncidentResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.StreamActivatedJobsRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.TopologyRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.TopologyResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.MigrateProcessInstanceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.MigrateProcessInstanceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.SetVariablesRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.SetVariablesResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ThrowErrorRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ThrowErrorResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.UpdateJobTimeoutRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.UpdateJobTimeoutResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.UpdateJobRetriesRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.UpdateJobRetriesResponse;
import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.opgaveengine.engine.Deployment;
import nl.opgaveengine.engine.EngineException;
import nl.opgaveengine.engine.InvalidModelException;
import nl.opgaveengine.engine.ProcessDefinition;
import nl.opgaveengine.engine.ProcessEngine;
import nl.opgaveengine.engine.ProcessInstanceCreated;
import nl.opgaveengine.engine.ProcessInstanceState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Camunda 8 gateway API on the embedded engine. Calls it does not support answer
 * {@code UNIMPLEMENTED} (the default of the generated base class) with a message saying so.
 */
public class GatewayService extends GatewayGrpc.GatewayImplBase {

    static final String VERSION = "8.9.0";
    static final String DEFAULT_TENANT = "<default>";
    private static final Logger LOG = LoggerFactory.getLogger(GatewayService.class);

    private final ProcessEngine engine;
    private final TransactionTemplate transactions;
    private final GatewayProperties properties;
    private final JobStreams streams;
    private volatile int port;

    public GatewayService(ProcessEngine engine, TransactionTemplate transactions, GatewayProperties properties,
                          JobStreams streams) {
        this.engine = engine;
        this.transactions = transactions;
        this.properties = properties;
        this.streams = streams;
    }

    void boundTo(int boundPort) {
        this.port = boundPort;
    }

    @Override
    public void topology(TopologyRequest request, StreamObserver<TopologyResponse> response) {
        answer(response, () -> TopologyResponse.newBuilder()
                .addBrokers(BrokerInfo.newBuilder().setNodeId(0).setHost(properties.getHost()).setPort(port)
                        .setVersion(VERSION)
                        .addPartitions(Partition.newBuilder().setPartitionId(1)
                                .setRole(Partition.PartitionBrokerRole.LEADER)
                                .setHealth(Partition.PartitionBrokerHealth.HEALTHY)))
                .setClusterSize(1).setPartitionsCount(1).setReplicationFactor(1)
                .setGatewayVersion(VERSION).setClusterId("opgave-engine")
                .build());
    }

    @Override
    public void deployResource(DeployResourceRequest request, StreamObserver<DeployResourceResponse> response) {
        answer(response, () -> {
            checkTenant(request.getTenantId(), "DeployResource");
            if (request.getResourcesCount() == 0) {
                throw Rejections.of("CREATE", EngineException.Rejection.INVALID_ARGUMENT,
                        "Expected to deploy at least one resource, but none given");
            }
            Set<String> names = new HashSet<>();
            for (var resource : request.getResourcesList()) {
                String name = resource.getName();
                if (!(name.endsWith(".bpmn") || name.endsWith(".xml"))) {
                    throw Rejections.of("CREATE", EngineException.Rejection.INVALID_ARGUMENT,
                            "Expected to deploy new resources, but encountered the following errors:\n'" + name
                                    + "': this engine deploys BPMN resources (.bpmn, .xml) only");
                }
                if (!names.add(name)) {
                    throw Rejections.of("CREATE", EngineException.Rejection.INVALID_ARGUMENT,
                            "Expected to deploy new resources, but encountered the following errors:\n"
                                    + "Duplicated resource name '" + name + "'");
                }
            }
            try {
                // all resources of one call deploy together, or none does
                return transactions.execute(tx -> {
                    DeployResourceResponse.Builder answer = DeployResourceResponse.newBuilder()
                            .setTenantId(DEFAULT_TENANT);
                    long key = 0;
                    for (var resource : request.getResourcesList()) {
                        Deployment deployment = engine.deploy(resource.getName(), resource.getContent().toByteArray(),
                                "gateway");
                        key = deployment.key();
                        for (ProcessDefinition d : deployment.processes()) {
                            answer.addDeployments(io.camunda.zeebe.gateway.protocol.GatewayOuterClass.Deployment
                                    .newBuilder().setProcess(ProcessMetadata.newBuilder()
                                            .setBpmnProcessId(d.bpmnProcessId()).setVersion(d.version())
                                            .setProcessDefinitionKey(d.key()).setResourceName(resource.getName())
                                            .setTenantId(DEFAULT_TENANT)));
                        }
                    }
                    return answer.setKey(key).build();
                });
            } catch (InvalidModelException e) {
                StringBuilder reason = new StringBuilder("Expected to deploy new resources, but encountered the"
                        + " following errors:\n'" + e.getMessage().replaceFirst("^.*?'([^']*)'.*$", "$1") + "': ");
                for (InvalidModelException.Problem p : e.problems()) {
                    reason.append("\n- Element: ").append(p.elementId() == null ? "(document)" : p.elementId())
                            .append("\n    - ERROR: ").append(p.reason());
                }
                throw Rejections.of("CREATE", EngineException.Rejection.INVALID_ARGUMENT, reason.toString());
            }
        });
    }

    @Override
    public void createProcessInstance(CreateProcessInstanceRequest request,
                                      StreamObserver<CreateProcessInstanceResponse> response) {
        answer(response, () -> {
            ProcessInstanceCreated created = create(request);
            return CreateProcessInstanceResponse.newBuilder().setProcessDefinitionKey(created.processDefinitionKey())
                    .setBpmnProcessId(created.bpmnProcessId()).setVersion(created.version())
                    .setProcessInstanceKey(created.processInstanceKey()).setTenantId(DEFAULT_TENANT).build();
        });
    }

    @Override
    public void createProcessInstanceWithResult(CreateProcessInstanceWithResultRequest request,
                                                StreamObserver<CreateProcessInstanceWithResultResponse> response) {
        answer(response, () -> {
            ProcessInstanceCreated created = create(request.getRequest());
            Duration timeout = request.getRequestTimeout() > 0 ? Duration.ofMillis(request.getRequestTimeout())
                    : Duration.ofSeconds(15);
            Instant until = Instant.now().plus(timeout);
            while (Instant.now().isBefore(until)) {
                ProcessInstanceState state = engine.processInstance(created.processInstanceKey()).orElse(null);
                if (state != null && state.state() == ProcessInstanceState.State.COMPLETED) {
                    return CreateProcessInstanceWithResultResponse.newBuilder()
                            .setProcessDefinitionKey(created.processDefinitionKey())
                            .setBpmnProcessId(created.bpmnProcessId()).setVersion(created.version())
                            .setProcessInstanceKey(created.processInstanceKey()).setTenantId(DEFAULT_TENANT)
                            .setVariables(Variables.write(state.variables(), request.getFetchVariablesList()))
                            .build();
                }
                if (state != null && state.state() == ProcessInstanceState.State.TERMINATED) {
                    break;
                }
                pause(20);
            }
            throw Status.DEADLINE_EXCEEDED.withDescription("Time out between gateway and broker: process instance "
                    + created.processInstanceKey() + " did not complete within " + timeout.toMillis() + " ms")
                    .asRuntimeException();
        });
    }

    private ProcessInstanceCreated create(CreateProcessInstanceRequest request) {
        checkTenant(request.getTenantId(), "CreateProcessInstance");
        if (request.getStartInstructionsCount() > 0) {
            throw Status.UNIMPLEMENTED.withDescription("Opgave Engine's gateway does not support start instructions;"
                    + " instances start at the none start event").asRuntimeException();
        }
        Map<String, Object> variables = Variables.parse(request.getVariables(), "variables");
        String processId = request.getBpmnProcessId();
        try {
            if (!processId.isEmpty()) {
                if (request.getVersion() < 0) {
                    if (engine.latestDefinition(processId).isEmpty()) {
                        throw Rejections.of("CREATE", EngineException.Rejection.NOT_FOUND,
                                "Expected to find process definition with process ID '" + processId + "', but none found");
                    }
                    return engine.createProcessInstance(processId, variables);
                }
                ProcessDefinition exact = engine.processDefinitions().stream()
                        .filter(d -> d.bpmnProcessId().equals(processId) && d.version() == request.getVersion())
                        .findFirst()
                        .orElseThrow(() -> Rejections.of("CREATE", EngineException.Rejection.NOT_FOUND,
                                "Expected to find process definition with process ID '" + processId
                                        + "' and version '" + request.getVersion() + "', but none found"));
                return engine.createProcessInstance(exact.key(), variables);
            }
            if (request.getProcessDefinitionKey() <= 0) {
                throw Rejections.of("CREATE", EngineException.Rejection.INVALID_ARGUMENT,
                        "Expected at least a bpmnProcessId or a key greater than -1, but none given");
            }
            if (engine.definition(request.getProcessDefinitionKey()).isEmpty()) {
                throw Rejections.of("CREATE", EngineException.Rejection.NOT_FOUND,
                        "Expected to find process definition with key '" + request.getProcessDefinitionKey()
                                + "', but none found");
            }
            return engine.createProcessInstance(request.getProcessDefinitionKey(), variables);
        } catch (EngineException e) {
            throw Rejections.of("CREATE", e, null);
        }
    }

    @Override
    public void cancelProcessInstance(CancelProcessInstanceRequest request,
                                      StreamObserver<CancelProcessInstanceResponse> response) {
        answer(response, () -> {
            long key = request.getProcessInstanceKey();
            try {
                engine.cancelProcessInstance(key);
            } catch (EngineException e) {
                throw Rejections.of("CANCEL", e, "Expected to cancel a process instance with key '" + key
                        + "', but no such process was found");
            }
            return CancelProcessInstanceResponse.getDefaultInstance();
        });
    }

    @Override
    public void activateJobs(ActivateJobsRequest request, StreamObserver<ActivateJobsResponse> response) {
        try {
            validateActivation(request.getType(), request.getTimeout(), request.getMaxJobsToActivate(),
                    "activate job batch");
            checkTenants(request.getTenantIdsList(), "ActivateJobs");
            Duration poll = request.getRequestTimeout() == 0 ? properties.getDefaultLongPollTimeout()
                    : Duration.ofMillis(Math.max(0, request.getRequestTimeout()));
            Instant until = Instant.now().plus(poll);
            ServerCallStreamObserver<ActivateJobsResponse> call = (ServerCallStreamObserver<ActivateJobsResponse>) response;
            while (true) {
                List<nl.opgaveengine.engine.ActivatedJob> jobs = engine.activateJobs(request.getType(),
                        request.getWorker(), Duration.ofMillis(request.getTimeout()), request.getMaxJobsToActivate());
                if (!jobs.isEmpty()) {
                    ActivateJobsResponse.Builder batch = ActivateJobsResponse.newBuilder();
                    jobs.forEach(job -> batch.addJobs(toProto(job, request.getFetchVariableList())));
                    response.onNext(batch.build());
                    break;
                }
                if (request.getRequestTimeout() < 0 || !Instant.now().isBefore(until) || call.isCancelled()) {
                    break;
                }
                streams.awaitJobs(request.getType(), Duration.ofMillis(100));
            }
            response.onCompleted();
        } catch (RuntimeException e) {
            response.onError(toStatus(e));
        }
    }

    @Override
    public void streamActivatedJobs(StreamActivatedJobsRequest request, StreamObserver<ActivatedJob> response) {
        try {
            if (request.getType().isBlank()) {
                throw Rejections.invalidArgument("Expected to stream activated jobs with type to be present, but it"
                        + " was blank");
            }
            if (request.getTimeout() < 1) {
                throw Rejections.invalidArgument("Expected to stream activated jobs with timeout to be greater than"
                        + " zero, but it was '" + request.getTimeout() + "'");
            }
            checkTenants(request.getTenantIdsList(), "StreamActivatedJobs");
            streams.open(request, (ServerCallStreamObserver<ActivatedJob>) response,
                    job -> toProto(job, request.getFetchVariableList()));
        } catch (RuntimeException e) {
            response.onError(toStatus(e));
        }
    }

    @Override
    public void completeJob(CompleteJobRequest request, StreamObserver<CompleteJobResponse> response) {
        answer(response, () -> {
            long key = request.getJobKey();
            Map<String, Object> variables = Variables.parse(request.getVariables(), "variables");
            try {
                engine.completeJob(key, variables);
            } catch (EngineException e) {
                throw Rejections.of("COMPLETE", e, "Expected to complete job with key '" + key
                        + "', but no such job was found");
            }
            return CompleteJobResponse.getDefaultInstance();
        });
    }

    @Override
    public void failJob(FailJobRequest request, StreamObserver<FailJobResponse> response) {
        answer(response, () -> {
            long key = request.getJobKey();
            String message = request.getErrorMessage().length() > 500
                    ? request.getErrorMessage().substring(0, 500) : request.getErrorMessage();
            try {
                engine.failJob(key, request.getRetries(), message);
            } catch (EngineException e) {
                throw Rejections.of("FAIL", e, "Expected to fail job with key '" + key + "', but no such job was found");
            }
            return FailJobResponse.getDefaultInstance();
        });
    }

    @Override
    public void updateJobRetries(UpdateJobRetriesRequest request, StreamObserver<UpdateJobRetriesResponse> response) {
        answer(response, () -> {
            long key = request.getJobKey();
            if (request.getRetries() < 1) {
                throw Rejections.of("UPDATE_RETRIES", EngineException.Rejection.INVALID_ARGUMENT,
                        "Expected to update retries for job with key '" + key + "' with a positive amount of retries,"
                                + " but the amount given was '" + request.getRetries() + "'");
            }
            try {
                engine.updateJobRetries(key, request.getRetries());
            } catch (EngineException e) {
                throw Rejections.of("UPDATE_RETRIES", e, "Expected to update retries for job with key '" + key
                        + "', but no such job was found");
            }
            return UpdateJobRetriesResponse.getDefaultInstance();
        });
    }

    @Override
    public void publishMessage(PublishMessageRequest request, StreamObserver<PublishMessageResponse> response) {
        answer(response, () -> {
            checkTenant(request.getTenantId(), "PublishMessage");
            Map<String, Object> variables = Variables.parse(request.getVariables(), "variables");
            try {
                long key = engine.publishMessage(request.getName(), request.getCorrelationKey(),
                        Duration.ofMillis(Math.max(0, request.getTimeToLive())), variables, request.getMessageId());
                return PublishMessageResponse.newBuilder().setKey(key).setTenantId(DEFAULT_TENANT).build();
            } catch (EngineException e) {
                if (e.rejection() == EngineException.Rejection.ALREADY_EXISTS) {
                    throw Rejections.of("PUBLISH", e.rejection(), "Expected to publish a new message with id '"
                            + request.getMessageId() + "', but a message with that id was already published");
                }
                throw Rejections.of("PUBLISH", e, null);
            }
        });
    }

    @Override
    public void resolveIncident(ResolveIncidentRequest request, StreamObserver<ResolveIncidentResponse> response) {
        answer(response, () -> {
            long key = request.getIncidentKey();
            try {
                engine.resolveIncident(key);
            } catch (EngineException e) {
                throw Rejections.of("RESOLVE", e, "Expected to resolve incident with key '" + key
                        + "', but no such incident was found");
            }
            return ResolveIncidentResponse.getDefaultInstance();
        });
    }

    @Override
    public void throwError(ThrowErrorRequest request, StreamObserver<ThrowErrorResponse> response) {
        answer(response, () -> {
            long key = request.getJobKey();
            Map<String, Object> variables = Variables.parse(request.getVariables(), "variables");
            if (request.getErrorCode().isBlank()) {
                throw Rejections.of("THROW_ERROR", EngineException.Rejection.INVALID_ARGUMENT,
                        "Expected to throw an error for job with key '" + key + "' with an error code, but it was blank");
            }
            try {
                engine.throwError(key, request.getErrorCode(), request.getErrorMessage(), variables);
            } catch (EngineException e) {
                throw Rejections.of("THROW_ERROR", e, "Expected to throw an error for job with key '" + key
                        + "', but no such job was found");
            }
            return ThrowErrorResponse.getDefaultInstance();
        });
    }

    @Override
    public void setVariables(SetVariablesRequest request, StreamObserver<SetVariablesResponse> response) {
        answer(response, () -> {
            long key = request.getElementInstanceKey();
            Map<String, Object> variables = Variables.parse(request.getVariables(), "variables");
            try {
                return SetVariablesResponse.newBuilder()
                        .setKey(engine.setVariables(key, variables, request.getLocal())).build();
            } catch (EngineException e) {
                throw Rejections.of("UPDATE", e, "Expected to update variables for element with key '" + key
                        + "', but no such element was found");
            }
        });
    }

    @Override
    public void updateJobTimeout(UpdateJobTimeoutRequest request, StreamObserver<UpdateJobTimeoutResponse> response) {
        answer(response, () -> {
            long key = request.getJobKey();
            try {
                engine.updateJobTimeout(key, Duration.ofMillis(Math.max(0, request.getTimeout())));
            } catch (EngineException e) {
                throw Rejections.of("UPDATE_TIMEOUT", e, "Expected to update the timeout of job with key '" + key
                        + "', but no such job was found");
            }
            return UpdateJobTimeoutResponse.getDefaultInstance();
        });
    }

    @Override
    public void migrateProcessInstance(MigrateProcessInstanceRequest request,
                                       StreamObserver<MigrateProcessInstanceResponse> response) {
        answer(response, () -> {
            long key = request.getProcessInstanceKey();
            Map<String, String> mapping = new java.util.LinkedHashMap<>();
            for (var instruction : request.getMigrationPlan().getMappingInstructionsList()) {
                if (instruction.getSourceElementId().isBlank() || instruction.getTargetElementId().isBlank()) {
                    throw Rejections.of("MIGRATE", EngineException.Rejection.INVALID_ARGUMENT, "Expected to migrate"
                            + " process instance '" + key + "' but a mapping instruction has no source or target"
                            + " element id");
                }
                if (mapping.put(instruction.getSourceElementId(), instruction.getTargetElementId()) != null) {
                    throw Rejections.of("MIGRATE", EngineException.Rejection.INVALID_ARGUMENT, "Expected to migrate"
                            + " process instance '" + key + "' but the mapping instructions contain duplicate source"
                            + " element id '" + instruction.getSourceElementId() + "'");
                }
            }
            try {
                engine.migrateProcessInstance(key, request.getMigrationPlan().getTargetProcessDefinitionKey(), mapping,
                        "gateway", "MigrateProcessInstance via the Camunda 8 gateway");
            } catch (EngineException e) {
                throw Rejections.of("MIGRATE", e, null);
            }
            return MigrateProcessInstanceResponse.getDefaultInstance();
        });
    }

    static ActivatedJob toProto(nl.opgaveengine.engine.ActivatedJob job, List<String> fetch) {
        return ActivatedJob.newBuilder()
                .setKey(job.key()).setType(job.type()).setProcessInstanceKey(job.processInstanceKey())
                .setBpmnProcessId(job.bpmnProcessId()).setProcessDefinitionVersion(job.processDefinitionVersion())
                .setProcessDefinitionKey(job.processDefinitionKey()).setElementId(job.elementId())
                .setElementInstanceKey(job.elementInstanceKey())
                .setCustomHeaders(Variables.write(job.customHeaders(), null))
                .setWorker(job.worker() == null ? "" : job.worker()).setRetries(job.retries())
                .setDeadline(job.deadline() == null ? 0 : job.deadline().toEpochMilli())
                .setVariables(Variables.write(job.variables(), fetch))
                .setTenantId(DEFAULT_TENANT)
                .setKind(ActivatedJob.JobKind.BPMN_ELEMENT)
                .setListenerEventType(ActivatedJob.ListenerEventType.UNSPECIFIED)
                .build();
    }

    private static void validateActivation(String type, long timeout, int max, String what) {
        if (type == null || type.isBlank()) {
            throw Rejections.invalidArgument("Expected to " + what + " with type to be present, but it was blank");
        }
        if (timeout < 1) {
            throw Rejections.invalidArgument("Expected to " + what + " with timeout to be greater than zero, but it"
                    + " was '" + timeout + "'");
        }
        if (max < 1) {
            throw Rejections.invalidArgument("Expected to " + what + " with max jobs to activate to be greater than"
                    + " zero, but it was '" + max + "'");
        }
    }

    private static void checkTenant(String tenantId, String rpc) {
        if (!(tenantId == null || tenantId.isEmpty() || DEFAULT_TENANT.equals(tenantId))) {
            throw Rejections.invalidArgument("Expected to handle gRPC request " + rpc + " with tenant identifier '"
                    + tenantId + "', but multi-tenancy is disabled");
        }
    }

    private static void checkTenants(List<String> tenantIds, String rpc) {
        tenantIds.forEach(t -> checkTenant(t, rpc));
    }

    private static <T> void answer(StreamObserver<T> response, Supplier<T> call) {
        T result;
        try {
            result = call.get();
        } catch (RuntimeException e) {
            response.onError(toStatus(e));
            return;
        }
        response.onNext(result);
        response.onCompleted();
    }

    private static Throwable toStatus(RuntimeException e) {
        if (e instanceof io.grpc.StatusRuntimeException) {
            return e;
        }
        if (e instanceof EngineException engineException) {
            return Rejections.of("UNKNOWN", engineException, null);
        }
        LOG.error("Gateway call failed", e);
        return Status.INTERNAL.withDescription("Unexpected error in the embedded gateway: " + e.getMessage())
                .asRuntimeException();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Status.CANCELLED.withDescription("Interrupted").asRuntimeException();
        }
    }
}
