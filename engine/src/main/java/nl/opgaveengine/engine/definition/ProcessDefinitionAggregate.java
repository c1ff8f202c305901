package nl.opgaveengine.engine.definition;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.opgaveengine.engine.ProcessDefinition;
import nl.opgaveengine.engine.command.DeployProcessCommand;
import nl.opgaveengine.engine.event.ProcessDefinitionDeployedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The versions of one BPMN process id. Deploying the same content under the same resource name again answers
 * the latest version; anything else becomes the next version.
 */
@Aggregate(type = "ProcessDefinition")
public class ProcessDefinitionAggregate {

    @AggregateIdentifier
    private String id;
    private ProcessDefinition latest;

    public ProcessDefinitionAggregate() {
    }

    public static String aggregateId(String bpmnProcessId) {
        return "process-definition:" + bpmnProcessId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ProcessDefinition handle(DeployProcessCommand command) {
        if (latest != null && latest.checksum().equals(command.checksum())
                && latest.resourceName().equals(command.resourceName())) {
            return latest;
        }
        apply(new ProcessDefinitionDeployedEvent(command.candidateKey(), command.bpmnProcessId(), command.name(),
                latest == null ? 1 : latest.version() + 1, command.resourceName(), command.checksum(),
                command.resource(), command.deploymentKey(), Instant.now().truncatedTo(ChronoUnit.MICROS),
                command.deployedBy()));
        return latest;
    }

    @EventSourcingHandler
    void on(ProcessDefinitionDeployedEvent e) {
        id = aggregateId(e.bpmnProcessId());
        latest = new ProcessDefinition(e.processDefinitionKey(), e.bpmnProcessId(), e.name(), e.version(),
                e.resourceName(), e.checksum(), e.deployedAt(), e.deployedBy());
    }
}
