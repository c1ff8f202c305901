package nl.opgaveengine.command.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The model versions where the opgaven's instances run: the embedded engine's repository, or, in gateway mode on a
 * Camunda 8 cluster, the cluster's (deployed through the Camunda client, listed with Camunda's process definition
 * search).
 */
public interface ProcessModels {

    /** Deploys a BPMN file; unchanged content keeps its version. */
    Deployed deploy(String resourceName, byte[] content, String deployedBy);

    /** Every deployed version. */
    List<ModelVersion> versions();

    Optional<ModelVersion> version(long processDefinitionKey);

    /** The BPMN of one version, exactly as deployed. */
    Optional<byte[]> xml(long processDefinitionKey);

    /**
     * One deployed version. {@code checksum}, {@code deployedAt} and {@code deployedBy} are known to the embedded
     * engine only: a Camunda 8 cluster's search does not return them ({@code null}).
     */
    record ModelVersion(long key, String bpmnProcessId, String name, int version, String resourceName,
                        String checksum, Instant deployedAt, String deployedBy) {
    }

    /** What one deployment brought. */
    record Deployed(long deploymentKey, List<ModelVersion> versions) {
    }
}
