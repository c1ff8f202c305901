package nl.opgaveengine.command.model;

import java.util.List;
import java.util.Optional;
import nl.opgaveengine.engine.Deployment;
import nl.opgaveengine.engine.ProcessDefinition;
import nl.opgaveengine.engine.ProcessEngine;

/**
 * The embedded engine's repository: in-process, and in gateway mode on the embedded gateway (the same engine, with
 * who deployed each version).
 */
public class EngineProcessModels implements ProcessModels {

    private final ProcessEngine engine;

    public EngineProcessModels(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public Deployed deploy(String resourceName, byte[] content, String deployedBy) {
        Deployment deployment = engine.deploy(resourceName, content, deployedBy);
        return new Deployed(deployment.key(), deployment.processes().stream().map(EngineProcessModels::of).toList());
    }

    @Override
    public List<ModelVersion> versions() {
        return engine.processDefinitions().stream().map(EngineProcessModels::of).toList();
    }

    @Override
    public Optional<ModelVersion> version(long processDefinitionKey) {
        return engine.definition(processDefinitionKey).map(EngineProcessModels::of);
    }

    @Override
    public Optional<byte[]> xml(long processDefinitionKey) {
        return engine.definitionXml(processDefinitionKey);
    }

    private static ModelVersion of(ProcessDefinition d) {
        return new ModelVersion(d.key(), d.bpmnProcessId(), d.name(), d.version(), d.resourceName(), d.checksum(),
                d.deployedAt(), d.deployedBy());
    }
}
