package nl.opgaveengine.command.proces;

import java.util.Map;

/**
 * What the domain asks of a process engine. The embedded engine implements it in-process; a Camunda 8
 * gateway can implement it through the Camunda client.
 */
public interface ProcessBridge {

    /** Deploys a model; unchanged content keeps its version. */
    DeployedModel deploy(String resourceName, byte[] content, String deployedBy);

    /** Starts the latest version of a model for an opgave. */
    StartedProcess start(String bpmnProcessId, Map<String, Object> variables);

    /** Publishes a message correlated on a key (the opgave id for lifecycle models). */
    void publish(String messageName, String correlationKey, Map<String, Object> variables);

    /** A deployed model version. */
    record DeployedModel(String bpmnProcessId, int version, long processDefinitionKey) {
    }

    /** A started instance and the model version it runs on. */
    record StartedProcess(String bpmnProcessId, int version, long processDefinitionKey, long processInstanceKey) {
    }
}
