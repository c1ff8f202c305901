package nl.opgaveengine.command.proces;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.Process;
import io.camunda.client.api.response.ProcessInstanceEvent;
import java.util.Map;

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
    public void publish(String messageName, String correlationKey, Map<String, Object> variables) {
        client.newPublishMessageCommand().messageName(messageName).correlationKey(correlationKey)
                .timeToLive(EmbeddedProcessBridge.MESSAGE_TTL).variables(variables).send().join();
    }
}
