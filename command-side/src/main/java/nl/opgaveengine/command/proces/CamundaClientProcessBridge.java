package nl.opgaveengine.command.proces;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.Process;
import io.camunda.client.api.response.ProcessInstanceEvent;
import java.util.Map;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;

/**
 * The bridge through the Camunda 8 Java client over gRPC: the embedded engine's gateway or a
 * Camunda 8 cluster. Not transactional with the domain: delivery is at least once, which the
 * domain's idempotent commands absorb.
 */
public class CamundaClientProcessBridge implements ProcessBridge {

    private final CamundaClient client;

    public CamundaClientProcessBridge(CamundaClient client) {
        this.client = client;
    }

    @Override
    public DeployedModel deploy(String resourceName, byte[] content, String deployedBy) {
        DeploymentEvent deployment = client.newDeployResourceCommand().useGrpc()
                .addResourceBytes(content, resourceName).send().join();
        Process first = deployment.getProcesses().get(0);
        return new DeployedModel(first.getBpmnProcessId(), first.getVersion(), first.getProcessDefinitionKey());
    }

    @Override
    public StartedProcess start(String bpmnProcessId, Map<String, Object> variables) {
        ProcessInstanceEvent started = client.newCreateInstanceCommand().bpmnProcessId(bpmnProcessId).latestVersion()
                .variables(variables).send().join();
        return new StartedProcess(started.getBpmnProcessId(), started.getVersion(), started.getProcessDefinitionKey(),
                started.getProcessInstanceKey());
    }

    @Override
    public void cancel(long processInstanceKey) {
        try {
            client.newCancelInstanceCommand(processInstanceKey).send().join();
        } catch (io.camunda.client.api.command.ClientStatusException e) {
            // an instance that ended already (or is unknown) needs no cancelling
            if (e.getStatusCode() != io.grpc.Status.Code.NOT_FOUND
                    && e.getStatusCode() != io.grpc.Status.Code.FAILED_PRECONDITION) {
                throw e;
            }
        }
    }

    /** The client can migrate by key, but finding a version's key needs Camunda's search API, which gRPC lacks. */
    @Override
    public long migrate(long processInstanceKey, String bpmnProcessId, int naarVersie, Map<String, String> mapping,
                        String actor, String reason) {
        throw new BusinessRuleException(ErrorCode.NOT_SUPPORTED_IN_MODE, "Een opgave naar een andere modelversie"
                + " migreren kan de gateway-modus nog niet; gebruik opgave.process-engine.mode=embedded.",
                Map.of("mode", "gateway"));
    }

    @Override
    public void requireAdHocActivation() {
        throw notSupported("(processtap)");
    }

    @Override
    public void activateAdHocElement(long processInstanceKey, String adHocSubProcessId, String elementId) {
        throw notSupported(elementId);
    }

    private static BusinessRuleException notSupported(String elementId) {
        return new BusinessRuleException(ErrorCode.NOT_SUPPORTED_IN_MODE, "Processtappen van procesregie activeren"
                + " (activiteiten in een ad-hoc subproces) kan de gateway-modus nog niet; gebruik"
                + " opgave.process-engine.mode=embedded.", Map.of("mode", "gateway", "element", elementId));
    }

    @Override
    public void publish(String messageName, String correlationKey, Map<String, Object> variables, String messageId) {
        try {
            client.newPublishMessageCommand().messageName(messageName).correlationKey(correlationKey)
                    .messageId(messageId).timeToLive(EmbeddedProcessBridge.MESSAGE_TTL).variables(variables).send()
                    .join();
        } catch (io.camunda.client.api.command.ClientStatusException e) {
            // a redelivered domain event: its message is still buffered, nothing to publish again
            if (e.getStatusCode() != io.grpc.Status.Code.ALREADY_EXISTS) {
                throw e;
            }
        }
    }
}
