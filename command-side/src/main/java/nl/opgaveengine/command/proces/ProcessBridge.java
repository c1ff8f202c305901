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

    /**
     * Publishes a message correlated on a key. {@code messageId} (the id of the domain event it comes from) makes a
     * second delivery of the same event a no-op while the first message is still buffered.
     */
    void publish(String messageName, String correlationKey, Map<String, Object> variables, String messageId);

    /**
     * Migrates a running instance to version {@code naarVersie} of its model with an element mapping (an active element
     * it does not name keeps its id), recorded in the engine with who and why; refused (a {@code BusinessRuleException} or the engine's refusal) with the reason when
     * the version is unknown or the mapping does not fit the instance's active elements. Returns the target's key.
     */
    long migrate(long processInstanceKey, String bpmnProcessId, int naarVersie, java.util.Map<String, String> mapping,
                 String actor, String reason);

    /** Cancels a running instance (switching werkwijze); an instance that ended already is left as it is. */
    void cancel(long processInstanceKey);

    /**
     * Activates an inner element of the active ad-hoc sub-process of an instance (a procesregie step), waiting briefly
     * for the ad-hoc sub-process when the model is just entering it.
     */
    void activateAdHocElement(long processInstanceKey, String adHocSubProcessId, String elementId);

    /**
     * Whether the bridge's calls join the caller's database transaction (the embedded engine): a failed handler then
     * rolls them back with it. A bridge that is not transactional (a remote gateway) must compensate what it started.
     */
    default boolean joinsCallerTransaction() {
        return false;
    }

    /** A deployed model version. */
    record DeployedModel(String bpmnProcessId, int version, long processDefinitionKey) {
    }

    /** A started instance and the model version it runs on. */
    record StartedProcess(String bpmnProcessId, int version, long processDefinitionKey, long processInstanceKey) {
    }
}
