package nl.opgaveengine.command.proces;

import java.time.Duration;
import java.util.Map;
import nl.opgaveengine.engine.Deployment;
import nl.opgaveengine.engine.ProcessDefinition;
import nl.opgaveengine.engine.ProcessEngine;
import nl.opgaveengine.engine.ProcessInstanceCreated;

/** The bridge on the embedded engine: every call joins the caller's transaction. */
public class EmbeddedProcessBridge implements ProcessBridge {

    /** Long enough for a decision published just before its gate's subscription opens. */
    static final Duration MESSAGE_TTL = Duration.ofDays(1);

    private final ProcessEngine engine;

    public EmbeddedProcessBridge(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public DeployedModel deploy(String resourceName, byte[] content, String deployedBy) {
        Deployment deployment = engine.deploy(resourceName, content, deployedBy);
        ProcessDefinition first = deployment.processes().get(0);
        return new DeployedModel(first.bpmnProcessId(), first.version(), first.key());
    }

    @Override
    public StartedProcess start(String bpmnProcessId, Map<String, Object> variables) {
        ProcessInstanceCreated created = engine.createProcessInstance(bpmnProcessId, variables);
        return new StartedProcess(created.bpmnProcessId(), created.version(), created.processDefinitionKey(),
                created.processInstanceKey());
    }

    @Override
    public void publish(String messageName, String correlationKey, Map<String, Object> variables) {
        engine.publishMessage(messageName, correlationKey, MESSAGE_TTL, variables);
    }
}
