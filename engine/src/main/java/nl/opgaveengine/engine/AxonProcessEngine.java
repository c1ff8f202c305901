package nl.opgaveengine.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opgaveengine.engine.EngineException.Rejection;
import nl.opgaveengine.engine.command.ActivateAdHocElementsCommand;
import nl.opgaveengine.engine.command.ActivateJobCommand;
import nl.opgaveengine.engine.command.MigrateProcessInstanceCommand;
import nl.opgaveengine.engine.command.SetVariablesCommand;
import nl.opgaveengine.engine.command.UpdateJobTimeoutCommand;
import nl.opgaveengine.engine.command.CancelProcessInstanceCommand;
import nl.opgaveengine.engine.command.CompleteUserTaskCommand;
import nl.opgaveengine.engine.command.DeployProcessCommand.StartEventSpec;
import nl.opgaveengine.engine.command.ThrowErrorCommand;
import nl.opgaveengine.engine.command.CompleteJobCommand;
import nl.opgaveengine.engine.command.CreateProcessInstanceCommand;
import nl.opgaveengine.engine.command.DeployProcessCommand;
import nl.opgaveengine.engine.command.FailJobCommand;
import nl.opgaveengine.engine.command.PublishMessageCommand;
import nl.opgaveengine.engine.command.ResolveIncidentCommand;
import nl.opgaveengine.engine.command.UpdateJobRetriesCommand;
import nl.opgaveengine.engine.definition.ProcessDefinitionAggregate;
import nl.opgaveengine.engine.instance.ProcessInstanceAggregate;
import nl.opgaveengine.engine.lookup.EngineLookup;
import nl.opgaveengine.engine.lookup.EngineLookup.JobRow;
import nl.opgaveengine.engine.lookup.EngineLookup.MessageStartRow;
import nl.opgaveengine.engine.message.MessageAggregate;
import nl.opgaveengine.engine.message.MessageCorrelator;
import nl.opgaveengine.engine.model.ModelParser;
import nl.opgaveengine.engine.model.ModelRepository;
import nl.opgaveengine.engine.model.ProcessModel;
import nl.opgaveengine.engine.support.EngineClock;
import nl.opgaveengine.engine.support.EngineTransactions;
import nl.opgaveengine.engine.support.JobOwners;
import nl.opgaveengine.engine.support.KeyGenerator;
import nl.opgaveengine.engine.support.EngineCommands;
import org.springframework.stereotype.Service;

/** The embedded engine: every change goes as a command to an aggregate; reads come from the lookup tables. */
@Service
public class AxonProcessEngine implements ProcessEngine {

    private final EngineCommands commands;
    private final EngineLookup lookup;
    private final ModelParser parser;
    private final ModelRepository models;
    private final KeyGenerator keys;
    private final EngineTransactions transactions;
    private final MessageCorrelator correlator;
    private final EngineClock clock;
    private final JobOwners jobOwners;

    public AxonProcessEngine(EngineCommands commands, EngineLookup lookup, ModelParser parser, ModelRepository models,
                             KeyGenerator keys, EngineTransactions transactions, MessageCorrelator correlator,
                             EngineClock clock, JobOwners jobOwners) {
        this.clock = clock;
        this.jobOwners = jobOwners;
        this.commands = commands;
        this.lookup = lookup;
        this.parser = parser;
        this.models = models;
        this.keys = keys;
        this.transactions = transactions;
        this.correlator = correlator;
    }

    @Override
    public Deployment deploy(String resourceName, byte[] content, String deployedBy) {
        if (resourceName == null || resourceName.isBlank() || content == null) {
            throw new EngineException(Rejection.INVALID_ARGUMENT, "Een deployment heeft een resourcenaam en inhoud nodig");
        }
        List<ProcessModel> processes = parser.parse(resourceName, content);
        String checksum = sha256(content);
        String resource = new String(content, StandardCharsets.UTF_8);
        return transactions.execute(() -> {
            long deploymentKey = keys.next();
            List<ProcessDefinition> definitions = new ArrayList<>();
            for (ProcessModel process : processes) {
                ProcessDefinition definition = commands.sendAndWait(new DeployProcessCommand(
                        ProcessDefinitionAggregate.aggregateId(process.bpmnProcessId()), keys.next(), deploymentKey,
                        process.bpmnProcessId(), process.name(), resourceName, checksum, resource, deployedBy,
                        process.triggeredStartEvents().stream().map(start -> new StartEventSpec(start.id(),
                                start.timer(), start.messageName() == null ? null : start.messageName().text()))
                                .toList()));
                models.remember(definition.key(), process);
                definitions.add(definition);
            }
            return new Deployment(deploymentKey, List.copyOf(definitions));
        });
    }

    @Override
    public List<ProcessDefinition> processDefinitions() {
        return lookup.definitions();
    }

    @Override
    public Optional<ProcessDefinition> latestDefinition(String bpmnProcessId) {
        return lookup.latestDefinition(bpmnProcessId);
    }

    @Override
    public Optional<ProcessDefinition> definition(long processDefinitionKey) {
        return lookup.definition(processDefinitionKey);
    }

    @Override
    public Optional<byte[]> definitionXml(long processDefinitionKey) {
        return lookup.definitionResource(processDefinitionKey).map(xml -> xml.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public ProcessInstanceCreated createProcessInstance(String bpmnProcessId, Map<String, Object> variables) {
        return transactions.execute(() -> start(lookup.latestDefinition(bpmnProcessId).orElseThrow(() ->
                new EngineException(Rejection.NOT_FOUND, "Er is geen proces met id '" + bpmnProcessId + "' gedeployd")),
                variables));
    }

    @Override
    public ProcessInstanceCreated createProcessInstance(long processDefinitionKey, Map<String, Object> variables) {
        return transactions.execute(() -> start(lookup.definition(processDefinitionKey).orElseThrow(() ->
                new EngineException(Rejection.NOT_FOUND, "Procesdefinitie " + processDefinitionKey + " bestaat niet")),
                variables));
    }

    private ProcessInstanceCreated start(ProcessDefinition definition, Map<String, Object> variables) {
        long key = keys.next();
        return commands.sendAndWait(new CreateProcessInstanceCommand(ProcessInstanceAggregate.aggregateId(key), key,
                definition.key(), definition.bpmnProcessId(), definition.version(), copy(variables)));
    }

    @Override
    public long publishMessage(String name, String correlationKey, Duration timeToLive, Map<String, Object> variables) {
        return publishMessage(name, correlationKey, timeToLive, variables, null);
    }

    @Override
    public long publishMessage(String name, String correlationKey, Duration timeToLive, Map<String, Object> variables,
                               String messageId) {
        if (name == null || name.isBlank() || correlationKey == null) {
            throw new EngineException(Rejection.INVALID_ARGUMENT, "Een bericht heeft een naam en een correlation key nodig");
        }
        Duration ttl = timeToLive == null || timeToLive.isNegative() ? Duration.ZERO : timeToLive;
        Map<String, Object> messageVariables = copy(variables);
        String id = messageId == null || messageId.isEmpty() ? null : messageId;
        return transactions.execute(() -> {
            Instant now = clock.now();
            if (id != null && lookup.messageIdBuffered(name, correlationKey, id, now)) {
                throw new EngineException(Rejection.ALREADY_EXISTS, "Er is al een bericht '" + name
                        + "' met correlation key '" + correlationKey + "' en id '" + id + "' gepubliceerd dat nog"
                        + " gebufferd is");
            }
            long messageKey = keys.next();
            commands.sendAndWait(new PublishMessageCommand(MessageAggregate.aggregateId(messageKey), messageKey, name,
                    correlationKey, now, now.plus(ttl), messageVariables, id));
            correlator.correlate(messageKey, name, correlationKey, messageVariables);
            for (MessageStartRow start : lookup.messageStarts(name)) {
                ProcessDefinition definition = lookup.definition(start.processDefinitionKey()).orElseThrow();
                long instanceKey = keys.next();
                commands.sendAndWait(new CreateProcessInstanceCommand(ProcessInstanceAggregate.aggregateId(instanceKey),
                        instanceKey, definition.key(), definition.bpmnProcessId(), definition.version(),
                        copy(messageVariables), start.elementId()));
            }
            return messageKey;
        });
    }

    @Override
    public List<ActivatedJob> activateJobs(String jobType, String worker, Duration timeout, int max) {
        if (max <= 0) {
            return List.of();
        }
        Instant now = clock.now();
        Instant deadline = now.plus(timeout == null ? Duration.ofMinutes(5) : timeout);
        List<ActivatedJob> activated = new ArrayList<>();
        for (JobRow job : lookup.activatableJobs(jobType, now, max * 2)) {
            if (activated.size() >= max) {
                break;
            }
            ActivatedJob result = transactions.execute(() -> commands.sendAndWait(new ActivateJobCommand(
                    ProcessInstanceAggregate.aggregateId(job.processInstanceKey()), job.jobKey(), worker, deadline)));
            if (result != null) {
                jobOwners.remember(result.key(), result.processInstanceKey());
                activated.add(result);
            }
        }
        return activated;
    }

    @Override
    public void completeJob(long jobKey, Map<String, Object> variables) {
        transactions.run(() -> commands.sendAndWait(new CompleteJobCommand(instanceOfJob(jobKey), jobKey,
                copy(variables))));
        jobOwners.forget(jobKey);
    }

    @Override
    public void failJob(long jobKey, int retriesLeft, String errorMessage) {
        transactions.run(() -> commands.sendAndWait(new FailJobCommand(instanceOfJob(jobKey), jobKey, retriesLeft,
                errorMessage)));
    }

    @Override
    public void updateJobRetries(long jobKey, int retries) {
        transactions.run(() -> commands.sendAndWait(new UpdateJobRetriesCommand(instanceOfJob(jobKey), jobKey,
                retries)));
    }

    @Override
    public void resolveIncident(long incidentKey) {
        transactions.run(() -> {
            Incident incident = lookup.incident(incidentKey).orElseThrow(() ->
                    new EngineException(Rejection.NOT_FOUND, "Incident " + incidentKey + " bestaat niet (meer)"));
            commands.sendAndWait(new ResolveIncidentCommand(
                    ProcessInstanceAggregate.aggregateId(incident.processInstanceKey()), incidentKey));
        });
    }

    @Override
    public void cancelProcessInstance(long processInstanceKey) {
        transactions.run(() -> {
            ProcessInstanceState instance = lookup.processInstance(processInstanceKey).orElseThrow(() ->
                    new EngineException(Rejection.NOT_FOUND, "Procesinstantie " + processInstanceKey + " bestaat niet"));
            Optional<Long> parent = lookup.parentInstance(processInstanceKey);
            if (parent.isPresent()) {
                long root = parent.get();
                for (Optional<Long> up = lookup.parentInstance(root); up.isPresent(); up = lookup.parentInstance(root)) {
                    root = up.get();
                }
                throw new EngineException(Rejection.INVALID_STATE, "Expected to cancel a process instance with key '"
                        + processInstanceKey + "', but it is created by a parent process instance. Cancel the root"
                        + " process instance '" + root + "' instead.");
            }
            if (instance.state() != ProcessInstanceState.State.ACTIVE) {
                throw new EngineException(Rejection.INVALID_STATE, "Procesinstantie " + processInstanceKey
                        + " is al " + instance.state());
            }
            commands.sendAndWait(new CancelProcessInstanceCommand(
                    ProcessInstanceAggregate.aggregateId(processInstanceKey), processInstanceKey));
        });
    }

    @Override
    public Optional<ProcessInstanceState> processInstance(long processInstanceKey) {
        return lookup.processInstance(processInstanceKey);
    }

    @Override
    public List<Incident> incidents(long processInstanceKey) {
        return lookup.incidents(processInstanceKey);
    }

    @Override
    public List<ElementHistoryEntry> history(long processInstanceKey) {
        return lookup.history(processInstanceKey);
    }

    @Override
    public void throwError(long jobKey, String errorCode, String errorMessage, Map<String, Object> variables) {
        transactions.run(() -> commands.sendAndWait(new ThrowErrorCommand(instanceOfJob(jobKey), jobKey, errorCode,
                errorMessage, copy(variables))));
    }

    @Override
    public void completeUserTask(long userTaskKey, Map<String, Object> variables) {
        transactions.run(() -> {
            UserTask task = lookup.userTask(userTaskKey).orElseThrow(() ->
                    new EngineException(Rejection.NOT_FOUND, "User task " + userTaskKey + " bestaat niet (meer)"));
            commands.sendAndWait(new CompleteUserTaskCommand(
                    ProcessInstanceAggregate.aggregateId(task.processInstanceKey()), userTaskKey, copy(variables)));
        });
    }

    @Override
    public List<UserTask> userTasks(UserTaskFilter filter) {
        return lookup.userTasks(filter == null ? UserTaskFilter.all() : filter);
    }

    @Override
    public void activateAdHocElements(long adHocSubProcessInstanceKey, List<String> elementIds) {
        activateAdHocActivities(adHocSubProcessInstanceKey, elementIds == null ? List.of()
                : elementIds.stream().map(AdHocActivity::of).toList());
    }

    @Override
    public void activateAdHocActivities(long adHocSubProcessInstanceKey, List<AdHocActivity> activities) {
        List<AdHocActivity> given = activities == null ? List.of() : List.copyOf(activities);
        List<String> elementIds = given.stream().map(AdHocActivity::elementId).toList();
        List<Map<String, Object>> variables = given.stream().map(a -> copy(a.variables())).toList();
        transactions.run(() -> {
            long instanceKey = lookup.instanceOfScope(adHocSubProcessInstanceKey)
                    .filter(k -> k != adHocSubProcessInstanceKey)
                    .orElseThrow(() -> new EngineException(Rejection.NOT_FOUND, "Expected to activate activities for"
                            + " ad-hoc sub-process with key '" + adHocSubProcessInstanceKey + "', but no such ad-hoc"
                            + " sub-process was found"));
            commands.sendAndWait(new ActivateAdHocElementsCommand(ProcessInstanceAggregate.aggregateId(instanceKey),
                    adHocSubProcessInstanceKey, elementIds, variables));
        });
    }

    @Override
    public List<ElementInstance> activeElements(long processInstanceKey) {
        return lookup.activeElements(processInstanceKey);
    }

    @Override
    public long setVariables(long elementInstanceKey, Map<String, Object> variables, boolean local) {
        return transactions.execute(() -> {
            long instanceKey = lookup.instanceOfScope(elementInstanceKey).orElseThrow(() ->
                    new EngineException(Rejection.NOT_FOUND, "Expected to update variables for element with key '"
                            + elementInstanceKey + "', but no such element was found"));
            commands.sendAndWait(new SetVariablesCommand(ProcessInstanceAggregate.aggregateId(instanceKey),
                    elementInstanceKey, copy(variables), local));
            return keys.next();
        });
    }

    @Override
    public void updateJobTimeout(long jobKey, Duration timeout) {
        Instant deadline = clock.now().plus(timeout == null ? Duration.ZERO : timeout);
        transactions.run(() -> commands.sendAndWait(new UpdateJobTimeoutCommand(instanceOfJob(jobKey), jobKey,
                deadline)));
    }

    @Override
    public void migrateProcessInstance(long processInstanceKey, long targetProcessDefinitionKey,
                                       Map<String, String> mapping, String actor, String reason) {
        transactions.run(() -> {
            ProcessInstanceState instance = lookup.processInstance(processInstanceKey)
                    .filter(i -> i.state() == ProcessInstanceState.State.ACTIVE)
                    .orElseThrow(() -> new EngineException(Rejection.NOT_FOUND, "Expected to migrate process instance"
                            + " but no process instance found with key '" + processInstanceKey + "'"));
            ProcessDefinition target = lookup.definition(targetProcessDefinitionKey).orElseThrow(() ->
                    new EngineException(Rejection.NOT_FOUND, "Expected to migrate process instance to process"
                            + " definition but no process definition found with key '" + targetProcessDefinitionKey
                            + "'"));
            commands.sendAndWait(new MigrateProcessInstanceCommand(
                    ProcessInstanceAggregate.aggregateId(instance.key()), target.key(), target.bpmnProcessId(),
                    target.version(), mapping == null ? Map.of() : new LinkedHashMap<>(mapping), actor, reason));
        });
    }

    @Override
    public List<VariableChange> variableHistory(long processInstanceKey) {
        return lookup.variableHistory(processInstanceKey);
    }

    private String instanceOfJob(long jobKey) {
        Optional<Long> owner = jobOwners.owner(jobKey);
        if (owner.isPresent()) {
            return ProcessInstanceAggregate.aggregateId(owner.get());
        }
        JobRow job = lookup.job(jobKey).orElseThrow(() ->
                new EngineException(Rejection.NOT_FOUND, "Job " + jobKey + " bestaat niet (meer)"));
        return ProcessInstanceAggregate.aggregateId(job.processInstanceKey());
    }

    private static Map<String, Object> copy(Map<String, Object> variables) {
        return variables == null ? new LinkedHashMap<>() : new LinkedHashMap<>(variables);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
