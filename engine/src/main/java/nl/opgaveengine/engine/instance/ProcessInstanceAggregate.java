package nl.opgaveengine.engine.instance;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opgaveengine.engine.ActivatedJob;
import nl.opgaveengine.engine.EngineException;
import nl.opgaveengine.engine.EngineException.Rejection;
import nl.opgaveengine.engine.ProcessInstanceCreated;
import nl.opgaveengine.engine.command.ActivateAdHocElementsCommand;
import nl.opgaveengine.engine.command.ActivateJobCommand;
import nl.opgaveengine.engine.command.CompleteCallActivityCommand;
import nl.opgaveengine.engine.command.ThrowErrorFromChildCommand;
import nl.opgaveengine.engine.lookup.EngineLookup;
import nl.opgaveengine.engine.support.JobPush;
import nl.opgaveengine.engine.command.MigrateProcessInstanceCommand;
import nl.opgaveengine.engine.command.SetVariablesCommand;
import nl.opgaveengine.engine.command.UpdateJobTimeoutCommand;
import nl.opgaveengine.engine.event.AdHocElementsActivatedEvent;
import nl.opgaveengine.engine.event.ChildProcessInstanceCalledEvent;
import nl.opgaveengine.engine.event.JobTimeoutUpdatedEvent;
import nl.opgaveengine.engine.event.MultiInstanceStartedEvent;
import nl.opgaveengine.engine.event.ProcessInstanceMigratedEvent;
import nl.opgaveengine.engine.support.EngineCommands;
import nl.opgaveengine.engine.ProcessDefinition;
import nl.opgaveengine.engine.model.MultiInstanceModel;
import nl.opgaveengine.engine.command.CancelProcessInstanceCommand;
import nl.opgaveengine.engine.command.CompleteJobCommand;
import nl.opgaveengine.engine.command.CompleteUserTaskCommand;
import nl.opgaveengine.engine.command.CorrelateMessageCommand;
import nl.opgaveengine.engine.command.CreateProcessInstanceCommand;
import nl.opgaveengine.engine.command.FailJobCommand;
import nl.opgaveengine.engine.command.ResolveIncidentCommand;
import nl.opgaveengine.engine.command.ThrowErrorCommand;
import nl.opgaveengine.engine.command.TriggerTimerCommand;
import nl.opgaveengine.engine.command.UpdateJobRetriesCommand;
import nl.opgaveengine.engine.event.ElementActivatedEvent;
import nl.opgaveengine.engine.event.ElementCompletedEvent;
import nl.opgaveengine.engine.event.ElementTerminatedEvent;
import nl.opgaveengine.engine.event.ErrorThrownEvent;
import nl.opgaveengine.engine.event.EventSubProcessTriggeredEvent;
import nl.opgaveengine.engine.event.IncidentCreatedEvent;
import nl.opgaveengine.engine.event.IncidentResolvedEvent;
import nl.opgaveengine.engine.event.JobActivatedEvent;
import nl.opgaveengine.engine.event.JobCompletedEvent;
import nl.opgaveengine.engine.event.JobCreatedEvent;
import nl.opgaveengine.engine.event.JobFailedEvent;
import nl.opgaveengine.engine.event.JobRetriesUpdatedEvent;
import nl.opgaveengine.engine.event.MessageSubscriptionClosedEvent;
import nl.opgaveengine.engine.event.MessageSubscriptionCorrelatedEvent;
import nl.opgaveengine.engine.event.MessageSubscriptionOpenedEvent;
import nl.opgaveengine.engine.event.ProcessInstanceCancelledEvent;
import nl.opgaveengine.engine.event.ProcessInstanceCompletedEvent;
import nl.opgaveengine.engine.event.ProcessInstanceCreatedEvent;
import nl.opgaveengine.engine.event.SequenceFlowTakenEvent;
import nl.opgaveengine.engine.event.TimerCancelledEvent;
import nl.opgaveengine.engine.event.TimerCreatedEvent;
import nl.opgaveengine.engine.event.TimerTriggeredEvent;
import nl.opgaveengine.engine.event.UserTaskCompletedEvent;
import nl.opgaveengine.engine.event.UserTaskCreatedEvent;
import nl.opgaveengine.engine.event.VariablesSetEvent;
import nl.opgaveengine.engine.feel.FeelException;
import nl.opgaveengine.engine.lookup.EngineLookup.BufferedMessage;
import nl.opgaveengine.engine.model.ElementModel;
import nl.opgaveengine.engine.model.ElementType;
import nl.opgaveengine.engine.model.Expression;
import nl.opgaveengine.engine.model.FlowModel;
import nl.opgaveengine.engine.model.Mapping;
import nl.opgaveengine.engine.model.ProcessModel;
import nl.opgaveengine.engine.model.TimerSchedule;
import nl.opgaveengine.engine.model.Trigger;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import nl.opgaveengine.engine.eventstore.EventStoreConfiguration;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One process instance. Each command runs the interpreter: it moves tokens through the model, applying one
 * event per step, until every token waits (a job, a user task, a message subscription, a timer, an incident) or
 * the instance ends. Event-sourcing handlers only assign state.
 */
@Aggregate(type = "ProcessInstance", cache = EventStoreConfiguration.AGGREGATE_CACHE)
public class ProcessInstanceAggregate {

    static final String INPUT_ERROR = "EXTRACT_VALUE_ERROR";
    static final String OUTPUT_ERROR = "IO_MAPPING_ERROR";
    static final String CONDITION_ERROR = "CONDITION_ERROR";
    static final String JOB_NO_RETRIES = "JOB_NO_RETRIES";
    static final String UNHANDLED_ERROR = "UNHANDLED_ERROR_EVENT";
    static final String CALLED_ELEMENT_ERROR = "CALLED_ELEMENT_ERROR";
    static final String BODY = ElementType.MULTI_INSTANCE_BODY.name();
    static final String AD_HOC = ElementType.AD_HOC_SUB_PROCESS.name();
    static final String EVENT_SUB_PROCESS = ElementType.EVENT_SUB_PROCESS.name();

    @AggregateIdentifier
    private String id;
    private long key;
    private long definitionKey;
    private String bpmnProcessId;
    private int version;
    private boolean ended;
    private Long parentKey;
    private Long parentElementKey;
    private String startElementId;
    private final Map<String, Object> variables = new LinkedHashMap<>();
    private final Map<Long, ActiveElement> elements = new LinkedHashMap<>();
    private final Map<Long, JobState> jobs = new LinkedHashMap<>();
    private final Map<Long, Subscription> subscriptions = new LinkedHashMap<>();
    private final Map<Long, TimerState> timers = new LinkedHashMap<>();
    private final Map<Long, UserTaskState> userTasks = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> joinTokens = new HashMap<>();
    private final Map<Long, IncidentState> incidents = new LinkedHashMap<>();
    private final Set<Long> correlatedMessages = new HashSet<>();
    /** Flow scopes (the instance key or a sub-process instance) in which an interrupting event sub-process started. */
    private final Set<Long> interruptedScopes = new HashSet<>();

    // Per command only: the interpreter's queue and tools.
    private transient Deque<Step> work;
    private transient ProcessModel model;
    private transient EngineRuntime rt;
    private transient Set<Long> adHocChecks;
    /** Jobs created by this command whose type a local worker streams: activated for it when the step ends. */
    private transient List<Long> pushable;

    public ProcessInstanceAggregate() {
    }

    public static String aggregateId(long processInstanceKey) {
        return "process-instance:" + processInstanceKey;
    }

    // ---- commands ----

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public ProcessInstanceCreated handle(CreateProcessInstanceCommand command, EngineRuntime runtime) {
        ProcessModel processModel = runtime.models().get(command.processDefinitionKey());
        String startId = command.startElementId() == null ? processModel.startEventId() : command.startElementId();
        if (startId == null) {
            throw new EngineException(Rejection.INVALID_STATE, "Proces '" + command.bpmnProcessId()
                    + "' heeft geen none start event; het start alleen door een timer of bericht");
        }
        apply(new ProcessInstanceCreatedEvent(command.processInstanceKey(), command.processDefinitionKey(),
                command.bpmnProcessId(), command.version(), command.parentProcessInstanceKey(),
                command.parentElementInstanceKey(), startId));
        if (command.variables() != null && !command.variables().isEmpty()) {
            apply(new VariablesSetEvent(key, key, new LinkedHashMap<>(command.variables())));
        }
        begin(runtime);
        enterProcess();
        run();
        return new ProcessInstanceCreated(key, definitionKey, bpmnProcessId, version);
    }

    @CommandHandler
    public ActivatedJob handle(ActivateJobCommand command, EngineRuntime runtime) {
        JobState job = jobs.get(command.jobKey());
        if (ended || job == null) {
            return null;
        }
        boolean lockExpired = job.state == JobState.State.ACTIVATED && job.deadline.isBefore(runtime.now());
        if (job.state != JobState.State.ACTIVATABLE && !lockExpired) {
            return null;
        }
        apply(new JobActivatedEvent(key, job.key, job.type, command.worker(), command.deadline()));
        ActiveElement element = elements.get(job.elementInstanceKey);
        return new ActivatedJob(job.key, job.type, key, definitionKey, bpmnProcessId, version, element.elementId,
                element.key, job.headers, command.worker(), job.retries, command.deadline(),
                scopeVariables(element.key));
    }

    @CommandHandler
    public void handle(CompleteJobCommand command, EngineRuntime runtime) {
        JobState job = requireOpenJob(command.jobKey(), "voltooid");
        begin(runtime);
        Map<String, Object> result = copy(command.variables());
        apply(new JobCompletedEvent(key, job.key, result));
        setResultVariables(job.elementInstanceKey, result);
        work.add(Step.complete(job.elementInstanceKey));
        run();
    }

    @CommandHandler
    public void handle(FailJobCommand command, EngineRuntime runtime) {
        JobState job = requireOpenJob(command.jobKey(), "mislukt gemeld");
        begin(runtime);
        int retries = Math.max(0, command.retries());
        apply(new JobFailedEvent(key, job.key, job.type, retries, command.errorMessage()));
        if (retries == 0) {
            ActiveElement element = elements.get(job.elementInstanceKey);
            apply(new IncidentCreatedEvent(key, rt.nextKey(), element.key, element.elementId, JOB_NO_RETRIES,
                    command.errorMessage() == null || command.errorMessage().isBlank()
                            ? "Geen retries meer over" : command.errorMessage(), job.key));
        }
    }

    @CommandHandler
    public void handle(ThrowErrorCommand command, EngineRuntime runtime) {
        JobState job = requireOpenJob(command.jobKey(), "met een error beëindigd");
        if (command.errorCode() == null || command.errorCode().isBlank()) {
            throw new EngineException(Rejection.INVALID_ARGUMENT, "Een error heeft een errorCode nodig");
        }
        begin(runtime);
        throwError(job.elementInstanceKey, command.errorCode(), command.errorMessage(), copy(command.variables()),
                job.key);
        run();
    }

    @CommandHandler
    public void handle(UpdateJobRetriesCommand command) {
        JobState job = requireJob(command.jobKey());
        if (command.retries() < 1) {
            throw new EngineException(Rejection.INVALID_ARGUMENT, "Retries moeten minstens 1 zijn, niet "
                    + command.retries());
        }
        apply(new JobRetriesUpdatedEvent(key, job.key, job.type, command.retries()));
    }

    @CommandHandler
    public void handle(CompleteUserTaskCommand command, EngineRuntime runtime) {
        UserTaskState task = userTasks.get(command.userTaskKey());
        if (ended || task == null) {
            throw new EngineException(Rejection.NOT_FOUND, "User task " + command.userTaskKey()
                    + " bestaat niet (meer) in procesinstantie " + key);
        }
        begin(runtime);
        Map<String, Object> result = copy(command.variables());
        apply(new UserTaskCompletedEvent(key, task.key, task.elementInstanceKey, result));
        setResultVariables(task.elementInstanceKey, result);
        work.add(Step.complete(task.elementInstanceKey));
        run();
    }

    @CommandHandler
    public void handle(ResolveIncidentCommand command, EngineRuntime runtime) {
        IncidentState incident = incidents.get(command.incidentKey());
        if (ended || incident == null) {
            throw new EngineException(Rejection.NOT_FOUND, "Incident " + command.incidentKey()
                    + " bestaat niet (meer) in procesinstantie " + key);
        }
        if (incident.jobKey != null && jobs.get(incident.jobKey).retries < 1) {
            throw new EngineException(Rejection.INVALID_STATE, "Incident " + incident.key + " hoort bij job "
                    + incident.jobKey + " zonder retries: geef de job eerst nieuwe retries");
        }
        begin(runtime);
        apply(new IncidentResolvedEvent(key, incident.key));
        if (incident.jobKey == null && incident.elementInstanceKey == key) {
            closeEventSubProcessTriggers(key);
            enterProcess();
            run();
        } else if (incident.jobKey == null) {
            ActiveElement element = elements.get(incident.elementInstanceKey);
            if (OUTPUT_ERROR.equals(incident.errorType)) {
                work.add(Step.complete(element.key));
            } else if (CONDITION_ERROR.equals(incident.errorType) && AD_HOC.equals(element.elementType)) {
                adHocChecks.add(element.key);
            } else if (CONDITION_ERROR.equals(incident.errorType) && BODY.equals(element.elementType)) {
                continueMultiInstance(element.key, model.element(element.elementId), scopeVariables(element.key));
            } else {
                behave(element.key, model.element(element.elementId));
            }
            run();
        }
    }

    @CommandHandler
    public Boolean handle(CorrelateMessageCommand command, EngineRuntime runtime) {
        Subscription subscription = subscriptions.get(command.elementInstanceKey());
        if (ended || subscription == null || !subscription.messageName.equals(command.messageName())
                || !subscription.correlationKey.equals(command.correlationKey())
                || correlatedMessages.contains(command.messageKey())) {
            return false;
        }
        begin(runtime);
        correlate(subscription, command.messageKey(), copy(command.variables()));
        run();
        return true;
    }

    @CommandHandler
    public Boolean handle(TriggerTimerCommand command, EngineRuntime runtime) {
        TimerState timer = timers.get(command.timerKey());
        if (ended || timer == null) {
            return false;
        }
        begin(runtime);
        apply(new TimerTriggeredEvent(key, timer.key, timer.ownerKey, timer.elementId, definitionKey, timer.dueAt,
                rt.now()));
        ElementModel element = model.element(timer.elementId);
        if (model.isEventSubProcessStart(element)) {
            if (!element.interrupting() && (timer.repetitions < 0 || timer.repetitions > 1)) {
                scheduleRepetition(timer, element);
            }
            triggerEventSubProcess(timer.ownerKey, element, Map.of());
            run();
            return true;
        }
        ActiveElement owner = elements.get(timer.ownerKey);
        if (owner.elementId.equals(element.id())) {
            work.add(Step.complete(owner.key));
        } else {
            if (element.type() == ElementType.BOUNDARY_EVENT && !element.interrupting()
                    && (timer.repetitions < 0 || timer.repetitions > 1)) {
                scheduleRepetition(timer, element);
            }
            triggerCatch(owner.key, element, Map.of());
        }
        run();
        return true;
    }

    /** The next repetition of a cycle timer, one interval after the due date (or after now when that passed). */
    private void scheduleRepetition(TimerState timer, ElementModel element) {
        Instant next = TimerSchedule.plus(timer.dueAt, timer.interval);
        if (!next.isAfter(rt.now())) {
            next = TimerSchedule.plus(rt.now(), timer.interval);
        }
        apply(new TimerCreatedEvent(key, rt.nextKey(), timer.ownerKey, element.id(), definitionKey, bpmnProcessId,
                next, timer.repetitions < 0 ? -1 : timer.repetitions - 1, timer.interval));
    }

    @CommandHandler
    public void handle(CancelProcessInstanceCommand command) {
        if (ended) {
            if (command.byParent()) {
                return;
            }
            throw new EngineException(Rejection.INVALID_STATE, "Procesinstantie " + key + " is al beëindigd");
        }
        if (parentKey != null && !command.byParent()) {
            throw new EngineException(Rejection.INVALID_STATE, "Expected to cancel a process instance with key '" + key
                    + "', but it is created by a parent process instance. Cancel the root process instance '"
                    + parentKey + "' instead.");
        }
        terminateChildren(key);
        closeTriggers(key);
        apply(new ProcessInstanceCancelledEvent(key, definitionKey, bpmnProcessId));
    }

    @CommandHandler
    public void handle(ActivateAdHocElementsCommand command, EngineRuntime runtime) {
        ActiveElement adHoc = elements.get(command.adHocSubProcessInstanceKey());
        if (ended || adHoc == null || !AD_HOC.equals(adHoc.elementType)) {
            throw new EngineException(Rejection.NOT_FOUND, "Expected to activate activities for ad-hoc sub-process"
                    + " with key '" + command.adHocSubProcessInstanceKey() + "', but no such ad-hoc sub-process was"
                    + " found");
        }
        begin(runtime);
        List<String> ids = command.elementIds() == null ? List.of() : List.copyOf(command.elementIds());
        if (ids.isEmpty()) {
            throw new EngineException(Rejection.INVALID_ARGUMENT, "Expected to activate activities for ad-hoc"
                    + " sub-process with key '" + adHoc.key + "', but no element ids were given");
        }
        String problem = adHocProblem(adHoc.elementId, ids);
        if (problem != null) {
            throw new EngineException(Rejection.INVALID_ARGUMENT, "Expected to activate activities for ad-hoc"
                    + " sub-process with key '" + adHoc.key + "', but " + problem);
        }
        apply(new AdHocElementsActivatedEvent(key, adHoc.key, adHoc.elementId, ids));
        List<Map<String, Object>> variables = command.variables() == null ? List.of() : command.variables();
        for (int i = 0; i < ids.size(); i++) {
            if (elements.containsKey(adHoc.key)) {
                Map<String, Object> local = i < variables.size() && variables.get(i) != null
                        ? copy(variables.get(i)) : Map.of();
                activate(ids.get(i), adHoc.key, local);
            }
        }
        run();
    }

    @CommandHandler
    public void handle(ThrowErrorFromChildCommand command, EngineRuntime runtime) {
        ActiveElement call = elements.get(command.elementInstanceKey());
        if (ended || call == null || call.childKey == null || call.childKey != command.childProcessInstanceKey()) {
            return;
        }
        begin(runtime);
        throwError(call.key, command.errorCode(), command.errorMessage(), copy(command.variables()), null, true);
        run();
    }

    @CommandHandler
    public void handle(CompleteCallActivityCommand command, EngineRuntime runtime) {
        ActiveElement call = elements.get(command.elementInstanceKey());
        if (ended || call == null || call.childKey == null || call.childKey != command.childProcessInstanceKey()) {
            return;
        }
        begin(runtime);
        ElementModel element = model.element(call.elementId);
        Map<String, Object> result = copy(command.variables());
        if (element.call().propagateAllChildVariables()) {
            setResultVariables(call.key, result);
        } else if (!result.isEmpty()) {
            apply(new VariablesSetEvent(key, call.key, result));
        }
        work.add(Step.complete(call.key));
        run();
    }

    @CommandHandler
    public void handle(SetVariablesCommand command) {
        if (ended || (command.scopeKey() != key && !elements.containsKey(command.scopeKey()))) {
            throw new EngineException(Rejection.NOT_FOUND, "Expected to update variables for element with key '"
                    + command.scopeKey() + "', but no such element was found");
        }
        Map<String, Object> values = copy(command.variables());
        if (values.isEmpty()) {
            return;
        }
        if (command.local()) {
            apply(new VariablesSetEvent(key, command.scopeKey(), values));
        } else {
            propagate(command.scopeKey(), values);
        }
    }

    @CommandHandler
    public void handle(UpdateJobTimeoutCommand command) {
        JobState job = requireJob(command.jobKey());
        if (job.state != JobState.State.ACTIVATED) {
            throw new EngineException(Rejection.INVALID_STATE, "Expected to update the timeout of job with key '"
                    + job.key + "', but it is not active");
        }
        apply(new JobTimeoutUpdatedEvent(key, job.key, command.deadline()));
    }

    @CommandHandler
    public void handle(MigrateProcessInstanceCommand command, EngineRuntime runtime) {
        if (ended) {
            throw new EngineException(Rejection.NOT_FOUND, "Expected to migrate process instance but no process"
                    + " instance found with key '" + key + "'");
        }
        ProcessModel source = runtime.models().get(definitionKey);
        ProcessModel target = runtime.models().get(command.targetProcessDefinitionKey());
        Map<String, String> mapping = command.mapping() == null ? Map.of() : command.mapping();
        String prefix = "Expected to migrate process instance '" + key + "' but ";
        for (Map.Entry<String, String> entry : mapping.entrySet()) {
            if (!source.elements().containsKey(entry.getKey())) {
                throw new EngineException(Rejection.INVALID_ARGUMENT, prefix + "mapping instructions contain a"
                        + " non-existing source element id '" + entry.getKey() + "'");
            }
            if (entry.getValue() == null || !target.elements().containsKey(entry.getValue())) {
                throw new EngineException(Rejection.INVALID_ARGUMENT, prefix + "mapping instructions contain a"
                        + " non-existing target element id '" + entry.getValue() + "'");
            }
        }
        if (!joinTokens.isEmpty()) {
            throw new EngineException(Rejection.INVALID_STATE, prefix + "a token waits at a joining parallel gateway"
                    + " (" + joinTokens.keySet() + "); migrate it after the join");
        }
        Map<String, String> elementChanges = new LinkedHashMap<>();
        for (ActiveElement element : elements.values()) {
            String targetId = mapping.get(element.elementId);
            if (targetId == null) {
                throw new EngineException(Rejection.INVALID_STATE, prefix + "active element with id '"
                        + element.elementId + "' is not mapped");
            }
            ElementModel from = source.element(element.elementId);
            ElementModel to = target.element(targetId);
            if (from.type() != to.type() || from.isMultiInstance() != to.isMultiInstance()) {
                throw new EngineException(Rejection.INVALID_STATE, prefix + "active element with id '"
                        + element.elementId + "' and type '" + typeName(from) + "' is mapped to an element with id '"
                        + targetId + "' and a different type '" + typeName(to) + "'");
            }
            ActiveElement scope = elements.get(element.flowScopeKey);
            String expectedScope = scope == null ? null : mapping.get(scope.elementId);
            if (BODY.equals(element.elementType) || scope == null || !BODY.equals(scope.elementType)) {
                if (!java.util.Objects.equals(expectedScope, to.scopeId())) {
                    throw new EngineException(Rejection.INVALID_STATE, prefix + "the flow scope of active element"
                            + " with id '" + element.elementId + "' would change: its target '" + targetId
                            + "' lies in '" + (to.scopeId() == null ? target.bpmnProcessId() : to.scopeId())
                            + "', not in '" + (expectedScope == null ? target.bpmnProcessId() : expectedScope) + "'");
                }
            }
            elementChanges.put(String.valueOf(element.key), targetId);
        }
        Map<String, String> timerChanges = new LinkedHashMap<>();
        for (TimerState timer : timers.values()) {
            timerChanges.put(String.valueOf(timer.key), mappedTrigger(source, target, mapping, timer.elementId, prefix));
        }
        Map<String, String> subscriptionChanges = new LinkedHashMap<>();
        for (Subscription subscription : subscriptions.values()) {
            subscriptionChanges.put(String.valueOf(subscription.key),
                    mappedTrigger(source, target, mapping, subscription.elementId, prefix));
        }
        apply(new ProcessInstanceMigratedEvent(key, definitionKey, command.targetProcessDefinitionKey(),
                command.targetBpmnProcessId(), command.targetVersion(), new LinkedHashMap<>(mapping), elementChanges,
                timerChanges, subscriptionChanges, command.actor(), command.reason(), runtime.now()));
    }

    private static String typeName(ElementModel element) {
        return element.isMultiInstance() ? "multi-instance " + element.type() : element.type().name();
    }

    /** The target id of a catch event that an open timer or subscription belongs to; it must be mapped alike. */
    private String mappedTrigger(ProcessModel source, ProcessModel target, Map<String, String> mapping,
                                 String elementId, String prefix) {
        String targetId = mapping.get(elementId);
        if (targetId == null) {
            throw new EngineException(Rejection.INVALID_STATE, prefix + "the catch event with id '" + elementId
                    + "' waits (timer or message subscription) and is not mapped");
        }
        ElementModel from = source.element(elementId);
        ElementModel to = target.element(targetId);
        if (from.type() != to.type() || from.trigger() != to.trigger()) {
            throw new EngineException(Rejection.INVALID_STATE, prefix + "the catch event with id '" + elementId
                    + "' is mapped to '" + targetId + "' of another type or trigger");
        }
        return targetId;
    }

    /** Why element ids cannot be activated in an ad-hoc sub-process, or null when they can. */
    private String adHocProblem(String adHocId, List<?> ids) {
        for (Object id : ids) {
            if (!(id instanceof String elementId)) {
                return "the element id '" + id + "' is not a text";
            }
            ElementModel inner = model.elements().get(elementId);
            if (inner == null || !adHocId.equals(inner.scopeId())) {
                return "the given element '" + elementId + "' does not exist in ad-hoc sub-process '" + adHocId + "'";
            }
            if (!inner.incomingFlowIds().isEmpty() || inner.type() == ElementType.BOUNDARY_EVENT) {
                return "the element '" + elementId + "' has incoming sequence flows or is a boundary event; only"
                        + " elements without incoming flows can be activated";
            }
        }
        return null;
    }

    // ---- the interpreter ----

    private void begin(EngineRuntime runtime) {
        this.rt = runtime;
        this.model = runtime.models().get(definitionKey);
        this.work = new ArrayDeque<>();
        this.adHocChecks = new java.util.LinkedHashSet<>();
        this.pushable = new ArrayList<>();
    }

    private void run() {
        while (!ended) {
            while (!work.isEmpty() && !ended) {
                Step step = work.poll();
                if (step.completion) {
                    complete(step.elementInstanceKey, step.flowIds);
                } else {
                    take(step.flowIds.get(0), step.flowScopeKey);
                }
            }
            if (ended) {
                break;
            }
            if (!adHocChecks.isEmpty()) {
                Long adHoc = adHocChecks.iterator().next();
                adHocChecks.remove(adHoc);
                checkAdHoc(adHoc);
                continue;
            }
            Object[] inclusiveJoin = waitingInclusiveJoin();
            if (inclusiveJoin != null) {
                activate((String) inclusiveJoin[1], (Long) inclusiveJoin[0]);
                continue;
            }
            Long finishedScope = finishedSubProcess();
            if (finishedScope == null) {
                break;
            }
            work.add(Step.complete(finishedScope));
        }
        if (!ended && elements.isEmpty() && joinTokens.isEmpty()
                && incidents.values().stream().noneMatch(i -> i.elementInstanceKey == key)) {
            completeInstance();
        }
        pushCreatedJobs();
    }

    /**
     * Job push: the jobs this step created for a type a local worker streams are activated for that worker in this
     * transaction and handed to it after the commit (with the variables as the step left them).
     */
    private void pushCreatedJobs() {
        if (pushable == null || pushable.isEmpty()) {
            return;
        }
        List<Long> created = List.copyOf(pushable);
        pushable.clear();
        for (Long jobKey : created) {
            JobState job = jobs.get(jobKey);
            ActiveElement element = job == null ? null : elements.get(job.elementInstanceKey);
            if (ended || element == null || job.state != JobState.State.ACTIVATABLE) {
                continue;
            }
            JobPush.Stream stream = rt.jobPush().stream(job.type).orElse(null);
            if (stream == null) {
                continue;
            }
            Instant deadline = rt.now().plus(stream.timeout());
            apply(new JobActivatedEvent(key, job.key, job.type, stream.worker(), deadline));
            rt.jobPush().pushAfterCommit(stream, new ActivatedJob(job.key, job.type, key, definitionKey,
                    bpmnProcessId, version, element.elementId, element.key, job.headers, stream.worker(),
                    job.retries, deadline, scopeVariables(element.key)));
        }
    }

    /** The instance ends; a called child hands its variables back to its parent's call activity. */
    private void completeInstance() {
        closeTriggers(key);
        apply(new ProcessInstanceCompletedEvent(key, definitionKey, bpmnProcessId));
        if (parentKey != null) {
            EngineCommands.followUp(new CompleteCallActivityCommand(aggregateId(parentKey), parentElementKey, key,
                    new LinkedHashMap<>(variables)));
        }
    }

    /**
     * After an inner element of an ad-hoc sub-process completed: its completion condition (when it has one) is
     * evaluated; when it holds, the remaining inner elements are terminated (cancelRemainingInstances) or awaited.
     * Without a condition the ad-hoc sub-process completes when nothing inside is active any more.
     */
    private void checkAdHoc(long adHocKey) {
        ActiveElement adHoc = elements.get(adHocKey);
        if (adHoc == null || incidents.values().stream().anyMatch(i -> i.elementInstanceKey == adHocKey)) {
            return;
        }
        ElementModel element = model.element(adHoc.elementId);
        boolean busy = busy(adHocKey);
        String condition = element.adHoc().completionCondition();
        if (condition == null) {
            if (!busy) {
                work.add(Step.complete(adHocKey));
            }
            return;
        }
        Boolean holds = condition(adHocKey, element, condition, scopeVariables(adHocKey));
        if (holds == null || !holds) {
            return;
        }
        if (busy && element.adHoc().cancelRemainingInstances()) {
            terminateChildren(adHocKey);
            joinTokens.keySet().removeIf(k -> k.startsWith(adHocKey + "/"));
            busy = false;
        }
        if (!busy) {
            work.add(Step.complete(adHocKey));
        }
    }

    /** Evaluates a completion condition; null (after raising an incident) when it fails or is no boolean. */
    private Boolean condition(long elementInstanceKey, ElementModel element, String condition,
                              Map<String, Object> context) {
        Object result;
        try {
            result = rt.feel().evaluate(condition, context);
        } catch (FeelException e) {
            incident(elementInstanceKey, element, CONDITION_ERROR, e.getMessage());
            return null;
        }
        if (!(result instanceof Boolean b)) {
            incident(elementInstanceKey, element, CONDITION_ERROR, "Expected result of the expression '" + condition
                    + "' to be 'BOOLEAN', but was " + (result == null ? "'NULL'" : "'" + result + "'"));
            return null;
        }
        return b;
    }

    private boolean busy(long scopeKey) {
        return elements.values().stream().anyMatch(e -> e.flowScopeKey == scopeKey)
                || joinTokens.keySet().stream().anyMatch(k -> k.startsWith(scopeKey + "/"));
    }

    /** An embedded sub-process with nothing active inside any more (and no incident of its own). */
    private Long finishedSubProcess() {
        for (ActiveElement element : elements.values()) {
            if (!(ElementType.SUB_PROCESS.name().equals(element.elementType)
                    || EVENT_SUB_PROCESS.equals(element.elementType))
                    || incidents.values().stream().anyMatch(i -> i.elementInstanceKey == element.key)) {
                continue;
            }
            boolean busy = elements.values().stream().anyMatch(e -> e.flowScopeKey == element.key)
                    || joinTokens.keySet().stream().anyMatch(k -> k.startsWith(element.key + "/"));
            if (!busy) {
                return element.key;
            }
        }
        return null;
    }

    private long activate(String elementId, long flowScopeKey) {
        return activate(elementId, flowScopeKey, Map.of());
    }

    /** Activates an element; {@code localVariables} are created in its own scope before it behaves. */
    private long activate(String elementId, long flowScopeKey, Map<String, Object> localVariables) {
        ElementModel element = model.element(elementId);
        if (element.isMultiInstance()) {
            long bodyKey = rt.nextKey();
            apply(new ElementActivatedEvent(key, bodyKey, element.id(), BODY, null, flowScopeKey));
            if (!localVariables.isEmpty()) {
                apply(new VariablesSetEvent(key, bodyKey, new LinkedHashMap<>(localVariables)));
            }
            behave(bodyKey, element);
            return bodyKey;
        }
        List<String> joined = null;
        if (isJoin(element)) {
            Map<String, Integer> arrived = joinTokens.getOrDefault(joinKey(flowScopeKey, element.id()), Map.of());
            joined = element.type() == ElementType.PARALLEL_GATEWAY ? element.incomingFlowIds()
                    : element.incomingFlowIds().stream().filter(f -> arrived.getOrDefault(f, 0) > 0).toList();
        }
        long elementInstanceKey = rt.nextKey();
        apply(new ElementActivatedEvent(key, elementInstanceKey, element.id(), element.type().name(), joined,
                flowScopeKey));
        if (!localVariables.isEmpty()) {
            apply(new VariablesSetEvent(key, elementInstanceKey, new LinkedHashMap<>(localVariables)));
        }
        behave(elementInstanceKey, element);
        return elementInstanceKey;
    }

    /** Enters an event that already happened (a boundary event, or the catch event behind an event-based gateway). */
    private long activateTriggered(ElementModel element, long flowScopeKey) {
        long elementInstanceKey = rt.nextKey();
        apply(new ElementActivatedEvent(key, elementInstanceKey, element.id(), element.type().name(), null,
                flowScopeKey));
        return elementInstanceKey;
    }

    /** What an element does once active: complete at once, or wait for a job, a person, a message or a timer. */
    private void behave(long elementInstanceKey, ElementModel element) {
        if (element.isMultiInstance() && BODY.equals(elements.get(elementInstanceKey).elementType)) {
            startMultiInstance(elementInstanceKey, element);
            return;
        }
        closeTriggers(elementInstanceKey);
        // the boundary events of a multi-instance activity belong to its body, not to each instance
        if (!applyInputs(elementInstanceKey, element)
                || (!element.isMultiInstance() && !openBoundaries(elementInstanceKey, element))) {
            return;
        }
        if (element.hasJob()) {
            createJob(elementInstanceKey, element);
            return;
        }
        switch (element.type()) {
            case START_EVENT, PARALLEL_GATEWAY, INTERMEDIATE_THROW_EVENT -> work.add(Step.complete(elementInstanceKey));
            case END_EVENT -> {
                if (element.trigger() == Trigger.ERROR) {
                    throwError(elementInstanceKey, element.errorCode(), null, Map.of(), null);
                } else {
                    work.add(Step.complete(elementInstanceKey));
                }
            }
            case EXCLUSIVE_GATEWAY, INCLUSIVE_GATEWAY -> chooseFlows(elementInstanceKey, element);
            case RECEIVE_TASK -> openSubscription(elementInstanceKey, element, elementInstanceKey);
            case INTERMEDIATE_CATCH_EVENT -> {
                if (element.trigger() == Trigger.TIMER) {
                    scheduleTimer(elementInstanceKey, element);
                } else {
                    openSubscription(elementInstanceKey, element, elementInstanceKey);
                }
            }
            case USER_TASK -> createUserTask(elementInstanceKey, element);
            case SCRIPT_TASK -> runScript(elementInstanceKey, element);
            case EVENT_BASED_GATEWAY -> {
                for (FlowModel flow : element.outgoing()) {
                    ElementModel target = model.element(flow.targetId());
                    boolean opened = target.trigger() == Trigger.TIMER ? scheduleTimer(elementInstanceKey, target)
                            : openSubscription(elementInstanceKey, target, rt.nextKey());
                    if (!opened || !elements.containsKey(elementInstanceKey)) {
                        return;
                    }
                }
            }
            case SUB_PROCESS -> {
                if (openEventSubProcesses(elementInstanceKey, element.id())
                        && !interruptedScopes.contains(elementInstanceKey)
                        && elements.containsKey(elementInstanceKey)) {
                    activate(element.innerStartId(), elementInstanceKey);
                }
            }
            case EVENT_SUB_PROCESS -> enterEventSubProcess(elementInstanceKey, element, Map.of());
            case AD_HOC_SUB_PROCESS -> enterAdHoc(elementInstanceKey, element);
            case CALL_ACTIVITY -> callProcess(elementInstanceKey, element);
            default -> throw new IllegalStateException("Element type " + element.type() + " is niet uitvoerbaar");
        }
    }

    private void complete(long elementInstanceKey, List<String> onlyFlowIds) {
        ActiveElement active = elements.get(elementInstanceKey);
        if (active == null) {
            return;
        }
        ElementModel element = model.element(active.elementId);
        boolean body = BODY.equals(active.elementType);
        ActiveElement scope = elements.get(active.flowScopeKey);
        boolean instanceOfBody = !body && element.isMultiInstance() && scope != null && BODY.equals(scope.elementType);
        if (!body && !element.outputs().isEmpty()) {
            Map<String, Object> output;
            try {
                output = evaluateMappings(element.outputs(), scopeVariables(elementInstanceKey));
            } catch (FeelException e) {
                incident(elementInstanceKey, element, OUTPUT_ERROR, e.getMessage());
                return;
            }
            propagate(active.flowScopeKey, output);
        }
        Map<String, Object> instanceScope = null;
        if (instanceOfBody) {
            instanceScope = scopeVariables(elementInstanceKey);
            if (!collectOutput(active, scope, element, instanceScope)) {
                return;
            }
        }
        if (body && element.multiInstance().outputCollection() != null) {
            Map<String, Object> output = new LinkedHashMap<>();
            output.put(element.multiInstance().outputCollection(),
                    active.local.get(element.multiInstance().outputCollection()));
            propagate(active.flowScopeKey, output);
        }
        closeTriggers(elementInstanceKey);
        apply(new ElementCompletedEvent(key, elementInstanceKey, element.id(),
                body ? BODY : element.type().name()));
        if (scope != null && AD_HOC.equals(scope.elementType)) {
            adHocChecks.add(scope.key);
        }
        if (instanceOfBody) {
            continueMultiInstance(scope.key, element, instanceScope);
            return;
        }
        if (element.type() == ElementType.END_EVENT && element.terminate()) {
            terminateChildren(active.flowScopeKey);
            if (active.flowScopeKey == key) {
                completeInstance();
            }
            return;
        }
        List<FlowModel> flows = onlyFlowIds == null ? element.outgoing()
                : onlyFlowIds.stream().map(element::outgoingFlow).toList();
        flows.forEach(flow -> work.add(Step.take(flow.id(), active.flowScopeKey)));
    }

    private void take(String flowId, long flowScopeKey) {
        FlowModel flow = model.flow(flowId);
        ElementModel target = model.element(flow.targetId());
        boolean join = isJoin(target);
        apply(new SequenceFlowTakenEvent(key, flow.id(), flow.sourceId(), flow.targetId(), join, flowScopeKey));
        if (!join) {
            activate(target.id(), flowScopeKey);
            return;
        }
        Map<String, Integer> arrived = joinTokens.getOrDefault(joinKey(flowScopeKey, target.id()), Map.of());
        if (target.incomingFlowIds().stream().allMatch(incoming -> arrived.getOrDefault(incoming, 0) > 0)) {
            activate(target.id(), flowScopeKey);
        }
        // an inclusive join that still misses flows is decided once the work queue is empty (waitingInclusiveJoin)
    }

    /** A parallel gateway or an inclusive gateway with more than one incoming flow: it waits for tokens. */
    private static boolean isJoin(ElementModel element) {
        return (element.type() == ElementType.PARALLEL_GATEWAY || element.type() == ElementType.INCLUSIVE_GATEWAY)
                && element.incomingFlowIds().size() > 1;
    }

    /**
     * A converging inclusive gateway with tokens that may go on now (Camunda 8): no path leads any more from an active
     * element (or a token waiting at another join) of its flow scope to it, except through incoming flows that
     * already brought a token. Returns {flowScopeKey, gatewayId} or null. Only asked when no step is queued, so every
     * token is an active element or waits at a join.
     */
    private Object[] waitingInclusiveJoin() {
        for (String joinKey : joinTokens.keySet()) {
            int slash = joinKey.indexOf('/');
            long flowScopeKey = Long.parseLong(joinKey.substring(0, slash));
            ElementModel gateway = model.elements().get(joinKey.substring(slash + 1));
            if (gateway == null || gateway.type() != ElementType.INCLUSIVE_GATEWAY) {
                continue;
            }
            Set<String> taken = new HashSet<>();
            joinTokens.get(joinKey).forEach((flowId, count) -> {
                if (count > 0) {
                    taken.add(flowId);
                }
            });
            if (!taken.isEmpty() && !reachable(gateway, flowScopeKey, taken)) {
                return new Object[] {flowScopeKey, gateway.id()};
            }
        }
        return null;
    }

    /** Whether a token of the flow scope can still reach the gateway through an incoming flow not taken yet. */
    private boolean reachable(ElementModel gateway, long flowScopeKey, Set<String> takenIncoming) {
        Deque<String> todo = new ArrayDeque<>();
        for (ActiveElement element : elements.values()) {
            if (element.flowScopeKey == flowScopeKey) {
                todo.add(element.elementId);
            }
        }
        String prefix = flowScopeKey + "/";
        for (String joinKey : joinTokens.keySet()) {
            String gatewayId = joinKey.substring(joinKey.indexOf('/') + 1);
            if (joinKey.startsWith(prefix) && !gatewayId.equals(gateway.id())) {
                todo.add(gatewayId);
            }
        }
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            ElementModel element = model.elements().get(todo.poll());
            if (element == null || !seen.add(element.id())) {
                continue;
            }
            List<FlowModel> outgoing = new ArrayList<>(element.outgoing());
            for (String boundaryId : element.boundaryIds() == null ? List.<String>of() : element.boundaryIds()) {
                ElementModel boundary = model.elements().get(boundaryId);
                if (boundary != null) {
                    outgoing.addAll(boundary.outgoing());
                }
            }
            for (FlowModel flow : outgoing) {
                if (flow.targetId().equals(gateway.id())) {
                    if (!takenIncoming.contains(flow.id())) {
                        return true;
                    }
                } else {
                    todo.add(flow.targetId());
                }
            }
        }
        return false;
    }

    /** Exclusive: the first flow whose condition holds; inclusive: every such flow; else the default flow. */
    private void chooseFlows(long elementInstanceKey, ElementModel gateway) {
        if (gateway.outgoing().isEmpty()) {
            work.add(Step.complete(elementInstanceKey));
            return;
        }
        boolean inclusive = gateway.type() == ElementType.INCLUSIVE_GATEWAY;
        Map<String, Object> scope = scopeVariables(elementInstanceKey);
        List<String> chosen = new ArrayList<>();
        for (FlowModel flow : gateway.outgoing()) {
            if (flow.id().equals(gateway.defaultFlowId())) {
                continue;
            }
            boolean holds;
            if (flow.condition() == null) {
                holds = true;
            } else {
                Object result;
                try {
                    result = rt.feel().evaluate(flow.condition(), scope);
                } catch (FeelException e) {
                    incident(elementInstanceKey, gateway, CONDITION_ERROR, e.getMessage());
                    return;
                }
                if (!(result instanceof Boolean)) {
                    incident(elementInstanceKey, gateway, CONDITION_ERROR, "De conditie '" + flow.condition()
                            + "' van sequence flow '" + flow.id() + "' moet true of false opleveren, maar gaf "
                            + (result == null ? "null" : "'" + result + "'"));
                    return;
                }
                holds = (Boolean) result;
            }
            if (holds) {
                chosen.add(flow.id());
                if (!inclusive) {
                    break;
                }
            }
        }
        if (chosen.isEmpty() && gateway.defaultFlowId() != null) {
            chosen.add(gateway.defaultFlowId());
        }
        if (chosen.isEmpty()) {
            incident(elementInstanceKey, gateway, CONDITION_ERROR, "Geen enkele conditie van "
                    + (inclusive ? "inclusive" : "exclusive") + " gateway '" + gateway.id()
                    + "' is waar en er is geen default flow");
            return;
        }
        work.add(Step.complete(elementInstanceKey, chosen));
    }

    private boolean applyInputs(long elementInstanceKey, ElementModel element) {
        if (element.inputs().isEmpty()) {
            return true;
        }
        Map<String, Object> input;
        try {
            input = evaluateMappings(element.inputs(), scopeVariables(elementInstanceKey));
        } catch (FeelException e) {
            incident(elementInstanceKey, element, INPUT_ERROR, e.getMessage());
            return false;
        }
        apply(new VariablesSetEvent(key, elementInstanceKey, input));
        return true;
    }

    private Map<String, Object> evaluateMappings(List<Mapping> mappings, Map<String, Object> scope) {
        Map<String, Object> context = new HashMap<>(scope);
        Map<String, Object> result = new LinkedHashMap<>();
        for (Mapping mapping : mappings) {
            Object value = rt.feel().value(mapping.source(), context);
            result.put(mapping.target(), value);
            context.put(mapping.target(), value);
        }
        return result;
    }

    private void createJob(long elementInstanceKey, ElementModel element) {
        Map<String, Object> scope = scopeVariables(elementInstanceKey);
        String type;
        int retries;
        try {
            type = text(element.jobType(), scope, "het job type");
            Object retriesValue = rt.feel().value(element.retries(), scope);
            retries = retriesValue instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(retriesValue));
        } catch (FeelException | NumberFormatException e) {
            incident(elementInstanceKey, element, INPUT_ERROR, e.getMessage());
            return;
        }
        long jobKey = rt.nextKey();
        apply(new JobCreatedEvent(key, jobKey, elementInstanceKey, element.id(), type, retries,
                new LinkedHashMap<>(element.headers()), definitionKey, bpmnProcessId, version));
        if (pushable != null && rt.jobPush().stream(type).isPresent()) {
            pushable.add(jobKey);
        }
    }

    private void createUserTask(long elementInstanceKey, ElementModel element) {
        Map<String, Object> scope = scopeVariables(elementInstanceKey);
        String assignee;
        List<String> groups;
        List<String> users;
        try {
            Expression assigneeExpression = element.userTask() == null ? null : element.userTask().assignee();
            assignee = assigneeExpression == null ? null : text(assigneeExpression, scope, "de assignee");
            groups = element.userTask() == null ? List.of() : names(element.userTask().candidateGroups(), scope);
            users = element.userTask() == null ? List.of() : names(element.userTask().candidateUsers(), scope);
        } catch (FeelException e) {
            incident(elementInstanceKey, element, INPUT_ERROR, e.getMessage());
            return;
        }
        apply(new UserTaskCreatedEvent(key, rt.nextKey(), elementInstanceKey, element.id(), element.name(),
                assignee == null || assignee.isBlank() ? null : assignee, groups, users,
                element.userTask() == null ? null : element.userTask().formKey(),
                new LinkedHashMap<>(element.headers()), definitionKey, bpmnProcessId, version));
    }

    /** Candidate groups or users: "a, b" statically, or a FEEL list (or single string). */
    private List<String> names(Expression expression, Map<String, Object> scope) {
        if (expression == null) {
            return List.of();
        }
        Object value = rt.feel().value(expression, scope);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        if (value instanceof String s && !expression.feel()) {
            return Arrays.stream(s.split(",")).map(String::trim).filter(n -> !n.isEmpty()).toList();
        }
        if (value instanceof String s) {
            return List.of(s);
        }
        throw new FeelException(expression.toString(), "kandidaten moeten een lijst van teksten zijn, maar zijn '"
                + value + "'");
    }

    private void runScript(long elementInstanceKey, ElementModel element) {
        Object value;
        try {
            value = rt.feel().value(element.script(), scopeVariables(elementInstanceKey));
        } catch (FeelException e) {
            incident(elementInstanceKey, element, INPUT_ERROR, e.getMessage());
            return;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put(element.resultVariable(), value);
        setResultVariables(elementInstanceKey, result);
        work.add(Step.complete(elementInstanceKey));
    }

    /** Enters an ad-hoc sub-process: activates the inner elements its activeElementsCollection names (if any). */
    private void enterAdHoc(long elementInstanceKey, ElementModel element) {
        if (element.adHoc().activeElements() == null) {
            return;
        }
        Object value;
        try {
            value = rt.feel().value(element.adHoc().activeElements(), scopeVariables(elementInstanceKey));
        } catch (FeelException e) {
            incident(elementInstanceKey, element, INPUT_ERROR, e.getMessage());
            return;
        }
        if (value == null) {
            return;
        }
        if (!(value instanceof List<?> ids)) {
            incident(elementInstanceKey, element, INPUT_ERROR, "Expected the activeElementsCollection '"
                    + element.adHoc().activeElements() + "' to be a list of element ids, but was '" + value + "'");
            return;
        }
        String problem = adHocProblem(element.id(), ids);
        if (problem != null) {
            incident(elementInstanceKey, element, INPUT_ERROR, "Failed to activate ad-hoc elements: " + problem);
            return;
        }
        for (Object id : ids) {
            if (elements.containsKey(elementInstanceKey)) {
                activate((String) id, elementInstanceKey);
            }
        }
    }

    /** A call activity starts the latest version of the called process as a child instance (a follow-up command). */
    private void callProcess(long elementInstanceKey, ElementModel element) {
        Map<String, Object> scope = scopeVariables(elementInstanceKey);
        String processId;
        try {
            processId = text(element.call().processId(), scope, "de processId");
        } catch (FeelException e) {
            incident(elementInstanceKey, element, INPUT_ERROR, e.getMessage());
            return;
        }
        ProcessDefinition called = rt.lookup().latestDefinition(processId).orElse(null);
        if (called == null) {
            incident(elementInstanceKey, element, CALLED_ELEMENT_ERROR, "Expected process with BPMN process id '"
                    + processId + "' to be deployed, but not found.");
            return;
        }
        if (rt.models().get(called.key()).startEventId() == null) {
            incident(elementInstanceKey, element, CALLED_ELEMENT_ERROR, "Expected process with BPMN process id '"
                    + processId + "' to have a none start event, but there is none.");
            return;
        }
        Map<String, Object> childVariables = element.call().propagateAllParentVariables() ? scope
                : new LinkedHashMap<>(elements.get(elementInstanceKey).local);
        long childKey = rt.nextKey();
        apply(new ChildProcessInstanceCalledEvent(key, elementInstanceKey, element.id(), childKey, called.key(),
                called.bpmnProcessId()));
        EngineCommands.followUp(new CreateProcessInstanceCommand(aggregateId(childKey), childKey, called.key(),
                called.bpmnProcessId(), called.version(), childVariables, null, key, elementInstanceKey));
    }

    /** A multi-instance body: evaluates the input collection and starts one instance per item (or the first one). */
    private void startMultiInstance(long bodyKey, ElementModel element) {
        closeTriggers(bodyKey);
        MultiInstanceModel mi = element.multiInstance();
        Object value;
        try {
            value = rt.feel().value(mi.inputCollection(), scopeVariables(bodyKey));
        } catch (FeelException e) {
            incident(bodyKey, element, INPUT_ERROR, e.getMessage());
            return;
        }
        if (!(value instanceof List<?> items)) {
            incident(bodyKey, element, INPUT_ERROR, "Expected result of the expression '" + mi.inputCollection()
                    + "' to be 'ARRAY', but was " + (value == null ? "'NULL'" : "'" + value + "'"));
            return;
        }
        if (!openBoundaries(bodyKey, element)) {
            return;
        }
        apply(new MultiInstanceStartedEvent(key, bodyKey, element.id(), new ArrayList<>(items), mi.sequential()));
        if (mi.outputCollection() != null) {
            Map<String, Object> output = new LinkedHashMap<>();
            output.put(mi.outputCollection(), new ArrayList<>(Collections.nCopies(items.size(), null)));
            apply(new VariablesSetEvent(key, bodyKey, output));
        }
        if (items.isEmpty()) {
            work.add(Step.complete(bodyKey));
            return;
        }
        int count = mi.sequential() ? 1 : items.size();
        for (int i = 0; i < count && elements.containsKey(bodyKey); i++) {
            activateInstance(bodyKey, element, i);
        }
    }

    private void activateInstance(long bodyKey, ElementModel element, int index) {
        ActiveElement body = elements.get(bodyKey);
        long instanceKey = rt.nextKey();
        apply(new ElementActivatedEvent(key, instanceKey, element.id(), element.type().name(), null, bodyKey));
        Map<String, Object> local = new LinkedHashMap<>();
        if (element.multiInstance().inputElement() != null) {
            local.put(element.multiInstance().inputElement(), body.items.get(index));
        }
        local.put("loopCounter", index + 1);
        apply(new VariablesSetEvent(key, instanceKey, local));
        behave(instanceKey, element);
    }

    /** Writes an instance's outputElement into its slot of the body's output collection; false after an incident. */
    private boolean collectOutput(ActiveElement instance, ActiveElement body, ElementModel element,
                                  Map<String, Object> instanceScope) {
        MultiInstanceModel mi = element.multiInstance();
        if (mi.outputCollection() == null) {
            return true;
        }
        Object value;
        try {
            value = rt.feel().value(mi.outputElement(), instanceScope);
        } catch (FeelException e) {
            incident(instance.key, element, OUTPUT_ERROR, e.getMessage());
            return false;
        }
        Object current = body.local.get(mi.outputCollection());
        // read back from the event store a JSON array may come as a Scala list (Jackson's Scala module)
        if (current instanceof scala.collection.Iterable<?> scalaList) {
            current = scala.jdk.javaapi.CollectionConverters.asJava(scalaList);
        }
        List<Object> collection = current instanceof Iterable<?> list ? new ArrayList<>()
                : new ArrayList<>(Collections.nCopies(body.items.size(), null));
        if (current instanceof Iterable<?> list) {
            list.forEach(collection::add);
        }
        Object counter = instance.local.get("loopCounter");
        int index = counter instanceof Number n ? n.intValue() - 1 : -1;
        if (index >= 0 && index < collection.size()) {
            collection.set(index, value);
        }
        Map<String, Object> update = new LinkedHashMap<>();
        update.put(mi.outputCollection(), collection);
        apply(new VariablesSetEvent(key, body.key, update));
        return true;
    }

    /**
     * After an instance of a multi-instance body completed: the completion condition (with numberOfInstances,
     * numberOfActiveInstances, numberOfCompletedInstances, numberOfTerminatedInstances) may end the body early,
     * terminating the other instances; otherwise a sequential body starts its next instance, and the body completes
     * when no instance is left.
     */
    private void continueMultiInstance(long bodyKey, ElementModel element, Map<String, Object> instanceScope) {
        ActiveElement body = elements.get(bodyKey);
        if (body == null) {
            return;
        }
        MultiInstanceModel mi = element.multiInstance();
        if (mi.completionCondition() != null) {
            Map<String, Object> context = new HashMap<>(instanceScope);
            long active = elements.values().stream().filter(e -> e.flowScopeKey == bodyKey).count();
            context.put("numberOfInstances", body.items.size());
            context.put("numberOfActiveInstances", (int) active);
            context.put("numberOfCompletedInstances", body.completedInstances);
            context.put("numberOfTerminatedInstances", body.terminatedInstances);
            Boolean holds = condition(bodyKey, element, mi.completionCondition(), context);
            if (holds == null) {
                return;
            }
            if (holds) {
                terminateChildren(bodyKey);
                work.add(Step.complete(bodyKey));
                return;
            }
        }
        if (mi.sequential() && body.activatedInstances < body.items.size()) {
            activateInstance(bodyKey, element, body.activatedInstances);
            return;
        }
        if (!busy(bodyKey)) {
            work.add(Step.complete(bodyKey));
        }
    }

    /** Opens the message subscriptions and timers of an activity's boundary events (error events need none). */
    private boolean openBoundaries(long elementInstanceKey, ElementModel element) {
        for (String boundaryId : element.boundaryIds()) {
            ElementModel boundary = model.element(boundaryId);
            boolean opened = switch (boundary.trigger()) {
                case TIMER -> scheduleTimer(elementInstanceKey, boundary);
                case MESSAGE -> openSubscription(elementInstanceKey, boundary, rt.nextKey());
                default -> true;
            };
            if (!opened) {
                return false;
            }
            if (!elements.containsKey(elementInstanceKey)) {
                return false;
            }
        }
        return true;
    }

    private boolean scheduleTimer(long ownerKey, ElementModel timerElement) {
        TimerSchedule.Due due;
        try {
            Object value = rt.feel().value(timerElement.timer().expression(), scopeVariables(ownerKey));
            if (value == null) {
                throw new FeelException(timerElement.timer().expression().toString(), "de timer is null");
            }
            due = TimerSchedule.first(timerElement.timer().kind(), String.valueOf(value), rt.now());
        } catch (FeelException | IllegalArgumentException e) {
            ownerIncident(ownerKey, "Timer van '" + timerElement.id() + "': " + e.getMessage());
            return false;
        }
        apply(new TimerCreatedEvent(key, rt.nextKey(), ownerKey, timerElement.id(), definitionKey, bpmnProcessId,
                due.dueAt(), due.repetitions(), due.interval()));
        return true;
    }

    private boolean openSubscription(long ownerKey, ElementModel element, long subscriptionKey) {
        Map<String, Object> scope = scopeVariables(ownerKey);
        String messageName;
        String correlationKey;
        try {
            messageName = text(element.messageName(), scope, "de berichtnaam");
            correlationKey = text(element.correlationKey(), scope, "de correlation key");
        } catch (FeelException e) {
            ownerIncident(ownerKey, e.getMessage());
            return false;
        }
        apply(new MessageSubscriptionOpenedEvent(key, subscriptionKey, element.id(), messageName, correlationKey,
                subscriptionKey == ownerKey ? null : ownerKey));
        for (BufferedMessage message : rt.lookup().bufferedMessages(messageName, correlationKey, key, rt.now())) {
            if (!correlatedMessages.contains(message.messageKey())) {
                correlate(subscriptions.get(subscriptionKey), message.messageKey(), copy(message.variables()));
                break;
            }
        }
        return true;
    }

    private void correlate(Subscription subscription, long messageKey, Map<String, Object> messageVariables) {
        apply(new MessageSubscriptionCorrelatedEvent(key, subscription.key, messageKey,
                subscription.messageName, subscription.correlationKey, messageVariables));
        apply(new MessageSubscriptionClosedEvent(key, subscription.key));
        if (subscription.ownerKey == subscription.key) {
            setResultVariables(subscription.key, messageVariables);
            work.add(Step.complete(subscription.key));
            return;
        }
        ElementModel element = model.element(subscription.elementId);
        if (model.isEventSubProcessStart(element)) {
            triggerEventSubProcess(subscription.ownerKey, element, messageVariables);
            if (!element.interrupting() && !ended && (subscription.ownerKey == key
                    || elements.containsKey(subscription.ownerKey))) {
                reopenSubscription(subscription);
            }
            return;
        }
        if (element.type() == ElementType.BOUNDARY_EVENT && !element.interrupting()) {
            openSubscription(subscription.ownerKey, element, rt.nextKey());
        }
        triggerCatch(subscription.ownerKey, element, messageVariables);
    }

    /**
     * A non-interrupting event sub-process keeps listening (Camunda 8): its subscription opens again with the same
     * message name and correlation key, and takes the next buffered message not yet correlated to this instance.
     */
    private void reopenSubscription(Subscription previous) {
        long subscriptionKey = rt.nextKey();
        apply(new MessageSubscriptionOpenedEvent(key, subscriptionKey, previous.elementId, previous.messageName,
                previous.correlationKey, previous.ownerKey));
        for (BufferedMessage message : rt.lookup().bufferedMessages(previous.messageName, previous.correlationKey, key,
                rt.now())) {
            if (!correlatedMessages.contains(message.messageKey())) {
                correlate(subscriptions.get(subscriptionKey), message.messageKey(), copy(message.variables()));
                break;
            }
        }
    }

    /** An input error of the element (or process instance) that owns a timer or subscription being opened. */
    private void ownerIncident(long ownerKey, String message) {
        if (ownerKey == key) {
            apply(new IncidentCreatedEvent(key, rt.nextKey(), key, bpmnProcessId, INPUT_ERROR, message, null));
            return;
        }
        ActiveElement owner = elements.get(ownerKey);
        incident(ownerKey, model.element(owner.elementId), INPUT_ERROR, message);
    }

    /**
     * Activates the process scope: the timers and message subscriptions of its event sub-processes open first (their
     * correlation keys see the start variables), then the start event is entered, unless an interrupting event
     * sub-process already started (a buffered message) or opening them raised an incident on the instance.
     */
    private void enterProcess() {
        if (!openEventSubProcesses(key, null) || interruptedScopes.contains(key) || ended) {
            return;
        }
        activate(startElementId != null ? startElementId : model.startEventId(), key);
    }

    /**
     * Opens the timers and message subscriptions of the event sub-processes directly in a scope (the process, an
     * embedded or an event sub-process instance); error start events need none. False when one could not be opened
     * (an incident on the scope).
     */
    private boolean openEventSubProcesses(long scopeKey, String scopeId) {
        for (ElementModel start : model.eventSubProcessStarts(scopeId)) {
            if (interruptedScopes.contains(scopeKey) || (scopeKey != key && !elements.containsKey(scopeKey))) {
                return true;
            }
            boolean opened = switch (start.trigger()) {
                case TIMER -> scheduleTimer(scopeKey, start);
                case MESSAGE -> openSubscription(scopeKey, start, rt.nextKey());
                default -> true;
            };
            if (!opened) {
                return false;
            }
        }
        return true;
    }

    /** Cancels the timers and closes the subscriptions of a scope's event sub-processes (not its boundary events). */
    private void closeEventSubProcessTriggers(long scopeKey) {
        for (TimerState timer : new ArrayList<>(timers.values())) {
            if (timer.ownerKey == scopeKey && model.isEventSubProcessStart(model.element(timer.elementId))) {
                apply(new TimerCancelledEvent(key, timer.key, scopeKey, timer.elementId, definitionKey));
            }
        }
        for (Subscription subscription : new ArrayList<>(subscriptions.values())) {
            if (subscription.ownerKey == scopeKey
                    && model.isEventSubProcessStart(model.element(subscription.elementId))) {
                apply(new MessageSubscriptionClosedEvent(key, subscription.key));
            }
        }
    }

    /**
     * The start event of an event sub-process was triggered in a scope (Camunda 8): an interrupting one first closes
     * the scope's other event sub-process triggers and terminates everything active in the scope (including running
     * non-interrupting event sub-processes); then the event sub-process instance is entered with the event's
     * variables on its start event.
     */
    private void triggerEventSubProcess(long scopeKey, ElementModel start, Map<String, Object> eventVariables) {
        if (ended || (scopeKey != key && !elements.containsKey(scopeKey)) || interruptedScopes.contains(scopeKey)) {
            return;
        }
        ElementModel eventSubProcess = model.element(start.scopeId());
        apply(new EventSubProcessTriggeredEvent(key, scopeKey, eventSubProcess.id(), start.id(),
                start.trigger().name(), start.interrupting()));
        if (start.interrupting()) {
            closeEventSubProcessTriggers(scopeKey);
            terminateChildren(scopeKey);
        }
        long instanceKey = rt.nextKey();
        apply(new ElementActivatedEvent(key, instanceKey, eventSubProcess.id(), EVENT_SUB_PROCESS, null, scopeKey));
        if (applyInputs(instanceKey, eventSubProcess)) {
            enterEventSubProcess(instanceKey, eventSubProcess, eventVariables);
        }
    }

    /**
     * Inside an event sub-process instance: its own event sub-processes open, then its start event happens with the
     * event's variables (local to the start event when it has output mappings, else propagated).
     */
    private void enterEventSubProcess(long instanceKey, ElementModel eventSubProcess,
                                      Map<String, Object> eventVariables) {
        if (!openEventSubProcesses(instanceKey, eventSubProcess.id()) || interruptedScopes.contains(instanceKey)
                || !elements.containsKey(instanceKey)) {
            return;
        }
        long startKey = activateTriggered(model.element(eventSubProcess.innerStartId()), instanceKey);
        setResultVariables(startKey, eventVariables);
        work.add(Step.complete(startKey));
    }

    /** A boundary event, or a catch event behind an event-based gateway, happened. */
    private void triggerCatch(long ownerKey, ElementModel catchElement, Map<String, Object> eventVariables) {
        ActiveElement owner = elements.get(ownerKey);
        if (owner == null) {
            return;
        }
        ElementModel ownerModel = model.element(owner.elementId);
        long caught;
        if (ownerModel.type() == ElementType.EVENT_BASED_GATEWAY) {
            closeTriggers(ownerKey);
            apply(new ElementCompletedEvent(key, ownerKey, ownerModel.id(), ownerModel.type().name()));
            FlowModel flow = ownerModel.outgoing().stream().filter(f -> f.targetId().equals(catchElement.id()))
                    .findFirst().orElseThrow();
            apply(new SequenceFlowTakenEvent(key, flow.id(), flow.sourceId(), flow.targetId(), false,
                    owner.flowScopeKey));
            caught = activateTriggered(catchElement, owner.flowScopeKey);
        } else {
            if (catchElement.interrupting()) {
                terminate(ownerKey);
            }
            caught = activateTriggered(catchElement, owner.flowScopeKey);
        }
        setResultVariables(caught, eventVariables);
        work.add(Step.complete(caught));
    }

    /**
     * Throws a BPMN error from an element instance: the nearest error boundary event with this code (or without a
     * code) on the element or an enclosing sub-process catches it; otherwise it becomes an incident.
     */
    private void throwError(long sourceKey, String errorCode, String errorMessage, Map<String, Object> errorVariables,
                            Long jobKey) {
        throwError(sourceKey, errorCode, errorMessage, errorVariables, jobKey, false);
    }

    /**
     * As above; {@code fromChild}: the source is a call activity whose child threw the error, so the call activity's
     * own error boundary events may catch it. Nothing in this instance catching it, a caller up the call chain may
     * (Camunda 8 propagates errors out of called processes): then the error goes to the parent's call activity and
     * this instance is cancelled with it; otherwise an incident here.
     */
    private void throwError(long sourceKey, String errorCode, String errorMessage, Map<String, Object> errorVariables,
                            Long jobKey, boolean fromChild) {
        ActiveElement source = elements.get(sourceKey);
        ActiveElement candidate = source;
        while (candidate != null) {
            ElementModel candidateModel = model.element(candidate.elementId);
            ElementModel catchAll = null;
            ElementModel exact = null;
            ActiveElement candidateScope = elements.get(candidate.flowScopeKey);
            boolean instanceOfBody = candidateModel.isMultiInstance() && !BODY.equals(candidate.elementType)
                    && candidateScope != null && BODY.equals(candidateScope.elementType);
            if ((candidate != source || jobKey != null || fromChild) && !instanceOfBody) {
                for (String boundaryId : candidateModel.boundaryIds()) {
                    ElementModel boundary = model.element(boundaryId);
                    if (boundary.trigger() == Trigger.ERROR) {
                        if (boundary.errorCode() == null || boundary.errorCode().isBlank()) {
                            catchAll = catchAll == null ? boundary : catchAll;
                        } else if (boundary.errorCode().equals(errorCode)) {
                            exact = boundary;
                        }
                    }
                }
            }
            ElementModel catcher = exact != null ? exact : catchAll;
            if (catcher != null) {
                apply(new ErrorThrownEvent(key, sourceKey, source.elementId, errorCode, errorMessage, jobKey,
                        catcher.id()));
                long flowScope = candidate.flowScopeKey;
                terminate(candidate.key);
                long caught = activateTriggered(catcher, flowScope);
                setResultVariables(caught, errorVariables);
                work.add(Step.complete(caught));
                return;
            }
            long scopeKey = candidate.flowScopeKey;
            ElementModel start = errorEventSubProcess(scopeKey, errorCode);
            if (start != null) {
                apply(new ErrorThrownEvent(key, sourceKey, source.elementId, errorCode, errorMessage, jobKey,
                        start.id()));
                triggerEventSubProcess(scopeKey, start, errorVariables);
                return;
            }
            candidate = scopeKey == key ? null : elements.get(scopeKey);
        }
        String callerCatch = parentKey == null ? null : catchInCallers(errorCode);
        if (callerCatch != null) {
            apply(new ErrorThrownEvent(key, sourceKey, source.elementId, errorCode, errorMessage, jobKey, callerCatch));
            EngineCommands.followUp(new ThrowErrorFromChildCommand(aggregateId(parentKey), parentElementKey, key,
                    errorCode, errorMessage, new LinkedHashMap<>(errorVariables)));
            return;
        }
        apply(new ErrorThrownEvent(key, sourceKey, source.elementId, errorCode, errorMessage, jobKey, null));
        apply(new IncidentCreatedEvent(key, rt.nextKey(), sourceKey, source.elementId, UNHANDLED_ERROR,
                "Error '" + errorCode + "'" + (errorMessage == null || errorMessage.isBlank() ? ""
                        : " (" + errorMessage + ")") + " is door geen error boundary event opgevangen", jobKey));
    }

    /**
     * The error start event of an event sub-process directly in a scope that catches this error code (exact code
     * first, else one without a code); null when the scope has none, is no process or (event) sub-process instance,
     * or was already interrupted by an interrupting event sub-process.
     */
    private ElementModel errorEventSubProcess(long scopeKey, String errorCode) {
        if (interruptedScopes.contains(scopeKey)) {
            return null;
        }
        String scopeId = null;
        if (scopeKey != key) {
            ActiveElement scope = elements.get(scopeKey);
            if (scope == null || !(ElementType.SUB_PROCESS.name().equals(scope.elementType)
                    || EVENT_SUB_PROCESS.equals(scope.elementType))) {
                return null;
            }
            scopeId = scope.elementId;
        }
        return errorCatcher(model.eventSubProcessStarts(scopeId), errorCode);
    }

    /** Among catch events, the error one with exactly this code, else the first error one without a code. */
    private static ElementModel errorCatcher(List<ElementModel> catchEvents, String errorCode) {
        ElementModel catchAll = null;
        for (ElementModel event : catchEvents) {
            if (event.trigger() != Trigger.ERROR) {
                continue;
            }
            if (event.errorCode() == null || event.errorCode().isBlank()) {
                catchAll = catchAll == null ? event : catchAll;
            } else if (event.errorCode().equals(errorCode)) {
                return event;
            }
        }
        return catchAll;
    }

    /**
     * The error boundary event in a caller (the parent, its parent, ...) that would catch this error code: on the call
     * activity or an enclosing sub-process, exact code first, else one without a code; null when none would.
     */
    private String catchInCallers(String errorCode) {
        Long instance = parentKey;
        Long elementKey = parentElementKey;
        for (int depth = 0; instance != null && elementKey != null && depth < 64; depth++) {
            EngineLookup.CallerRow caller = rt.lookup().caller(instance, elementKey).orElse(null);
            if (caller == null) {
                return null;
            }
            ProcessModel callerModel = rt.models().get(caller.processDefinitionKey());
            for (ElementModel element = callerModel.elements().get(caller.elementId()); element != null;
                 element = element.scopeId() == null ? null : callerModel.elements().get(element.scopeId())) {
                String catchAll = null;
                for (String boundaryId : element.boundaryIds()) {
                    ElementModel boundary = callerModel.element(boundaryId);
                    if (boundary.trigger() != Trigger.ERROR) {
                        continue;
                    }
                    if (boundary.errorCode() == null || boundary.errorCode().isBlank()) {
                        catchAll = catchAll == null ? boundary.id() : catchAll;
                    } else if (boundary.errorCode().equals(errorCode)) {
                        return boundary.id();
                    }
                }
                if (catchAll != null) {
                    return catchAll;
                }
                ElementModel start = errorCatcher(callerModel.eventSubProcessStarts(element.scopeId()), errorCode);
                if (start != null) {
                    return start.id();
                }
            }
            instance = caller.parentProcessInstanceKey();
            elementKey = caller.parentElementInstanceKey();
        }
        return null;
    }

    /** Job, user task or message variables: local when the element has output mappings, else propagated. */
    private void setResultVariables(long elementInstanceKey, Map<String, Object> result) {
        if (result.isEmpty()) {
            return;
        }
        ElementModel element = model.element(elements.get(elementInstanceKey).elementId);
        if (!element.outputs().isEmpty()) {
            apply(new VariablesSetEvent(key, elementInstanceKey, result));
        } else {
            propagate(elementInstanceKey, result);
        }
    }

    /**
     * Sets each variable in the nearest scope, from {@code scopeKey} outwards, that already has it; a new variable
     * lands in the process instance's scope (Camunda's variable propagation).
     */
    private void propagate(long scopeKey, Map<String, Object> values) {
        Map<Long, Map<String, Object>> byScope = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            long target = key;
            for (long scope = scopeKey; scope != key && elements.containsKey(scope);
                 scope = elements.get(scope).flowScopeKey) {
                if (elements.get(scope).local.containsKey(name)) {
                    target = scope;
                    break;
                }
            }
            byScope.computeIfAbsent(target, t -> new LinkedHashMap<>()).put(name, value);
        });
        byScope.forEach((scope, vars) -> apply(new VariablesSetEvent(key, scope, vars)));
    }

    private String text(Expression expression, Map<String, Object> scope, String what) {
        Object value = rt.feel().value(expression, scope);
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        throw new FeelException(expression.toString(), what + " moet een tekst of getal zijn, maar is "
                + (value == null ? "null" : value.getClass().getSimpleName() + " '" + value + "'"));
    }

    private void incident(long elementInstanceKey, ElementModel element, String errorType, String message) {
        apply(new IncidentCreatedEvent(key, rt.nextKey(), elementInstanceKey, element.id(), errorType, message, null));
    }

    /** Cancels the timers and closes the message subscriptions an element instance owns. */
    private void closeTriggers(long ownerKey) {
        for (TimerState timer : new ArrayList<>(timers.values())) {
            if (timer.ownerKey == ownerKey) {
                apply(new TimerCancelledEvent(key, timer.key, ownerKey, timer.elementId, definitionKey));
            }
        }
        for (Subscription subscription : new ArrayList<>(subscriptions.values())) {
            if (subscription.ownerKey == ownerKey) {
                apply(new MessageSubscriptionClosedEvent(key, subscription.key));
            }
        }
    }

    /** Terminates an element instance and, first, everything active inside it. */
    private void terminate(long elementInstanceKey) {
        ActiveElement element = elements.get(elementInstanceKey);
        if (element == null) {
            return;
        }
        terminateChildren(elementInstanceKey);
        closeTriggers(elementInstanceKey);
        if (element.childKey != null) {
            EngineCommands.followUp(new CancelProcessInstanceCommand(aggregateId(element.childKey), element.childKey,
                    true));
        }
        apply(new ElementTerminatedEvent(key, element.key, element.elementId, element.elementType));
    }

    private void terminateChildren(long flowScopeKey) {
        List<ActiveElement> children = new ArrayList<>(elements.values().stream()
                .filter(e -> e.flowScopeKey == flowScopeKey).toList());
        Collections.reverse(children);
        children.forEach(child -> terminate(child.key));
    }

    private JobState requireJob(long jobKey) {
        JobState job = jobs.get(jobKey);
        if (ended || job == null) {
            throw new EngineException(Rejection.NOT_FOUND, "Job " + jobKey + " bestaat niet (meer) in procesinstantie "
                    + key);
        }
        return job;
    }

    private JobState requireOpenJob(long jobKey, String what) {
        JobState job = requireJob(jobKey);
        if (job.state == JobState.State.FAILED || job.state == JobState.State.ERROR_THROWN) {
            throw new EngineException(Rejection.INVALID_STATE, "Job " + job.key + " kan niet worden " + what
                    + ": hij staat in een incident (" + job.state + ")");
        }
        return job;
    }

    /** The variables visible to an element instance: the instance's, then each enclosing scope's, then its own. */
    private Map<String, Object> scopeVariables(long elementInstanceKey) {
        List<ActiveElement> chain = new ArrayList<>();
        for (long scope = elementInstanceKey; scope != key && elements.containsKey(scope);
             scope = elements.get(scope).flowScopeKey) {
            chain.add(elements.get(scope));
        }
        Map<String, Object> visible = new LinkedHashMap<>(variables);
        for (int i = chain.size() - 1; i >= 0; i--) {
            visible.putAll(chain.get(i).local);
        }
        return visible;
    }

    private static String joinKey(long flowScopeKey, String gatewayId) {
        return flowScopeKey + "/" + gatewayId;
    }

    private static Map<String, Object> copy(Map<String, Object> map) {
        return map == null ? new LinkedHashMap<>() : new LinkedHashMap<>(map);
    }

    // ---- event sourcing: state only ----

    @EventSourcingHandler
    void on(ProcessInstanceCreatedEvent e) {
        id = aggregateId(e.processInstanceKey());
        key = e.processInstanceKey();
        definitionKey = e.processDefinitionKey();
        bpmnProcessId = e.bpmnProcessId();
        version = e.version();
        parentKey = e.parentProcessInstanceKey();
        parentElementKey = e.parentElementInstanceKey();
        startElementId = e.startElementId();
    }

    @EventSourcingHandler
    void on(EventSubProcessTriggeredEvent e) {
        if (e.interrupting()) {
            interruptedScopes.add(e.flowScopeKey());
            joinTokens.keySet().removeIf(k -> k.startsWith(e.flowScopeKey() + "/"));
        }
    }

    @EventSourcingHandler
    void on(ChildProcessInstanceCalledEvent e) {
        ActiveElement call = elements.get(e.elementInstanceKey());
        if (call != null) {
            call.childKey = e.childProcessInstanceKey();
        }
    }

    @EventSourcingHandler
    void on(MultiInstanceStartedEvent e) {
        ActiveElement body = elements.get(e.bodyElementInstanceKey());
        if (body != null) {
            body.items = e.items() == null ? List.of() : new ArrayList<>(e.items());
        }
    }

    @EventSourcingHandler
    void on(JobTimeoutUpdatedEvent e) {
        JobState job = jobs.get(e.jobKey());
        if (job != null) {
            job.deadline = e.deadline();
        }
    }

    @EventSourcingHandler
    void on(ProcessInstanceMigratedEvent e) {
        definitionKey = e.targetProcessDefinitionKey();
        bpmnProcessId = e.targetBpmnProcessId();
        version = e.targetVersion();
        e.elementInstances().forEach((k, elementId) -> {
            ActiveElement element = elements.get(Long.parseLong(k));
            if (element != null) {
                element.elementId = elementId;
            }
        });
        e.timers().forEach((k, elementId) -> timers.computeIfPresent(Long.parseLong(k), (t, timer) ->
                new TimerState(timer.key, timer.ownerKey, elementId, timer.dueAt, timer.repetitions, timer.interval)));
        e.subscriptions().forEach((k, elementId) -> subscriptions.computeIfPresent(Long.parseLong(k), (t, sub) ->
                new Subscription(sub.key, sub.ownerKey, elementId, sub.messageName, sub.correlationKey)));
    }

    @EventSourcingHandler
    void on(VariablesSetEvent e) {
        if (e.scopeKey() == key) {
            variables.putAll(e.variables());
        } else if (elements.containsKey(e.scopeKey())) {
            elements.get(e.scopeKey()).local.putAll(e.variables());
        }
    }

    @EventSourcingHandler
    void on(ElementActivatedEvent e) {
        long flowScope = e.flowScopeKey() == null ? key : e.flowScopeKey();
        elements.put(e.elementInstanceKey(), new ActiveElement(e.elementInstanceKey(), e.elementId(), e.elementType(),
                flowScope));
        ActiveElement scope = elements.get(flowScope);
        if (scope != null && BODY.equals(scope.elementType) && !BODY.equals(e.elementType())) {
            scope.activatedInstances++;
        }
        if (e.joinedFlowIds() != null) {
            String joinKey = joinKey(flowScope, e.elementId());
            Map<String, Integer> arrived = joinTokens.getOrDefault(joinKey, new HashMap<>());
            for (String flowId : e.joinedFlowIds()) {
                arrived.computeIfPresent(flowId, (flow, count) -> count > 1 ? count - 1 : null);
            }
            if (arrived.isEmpty()) {
                joinTokens.remove(joinKey);
            }
        }
    }

    @EventSourcingHandler
    void on(SequenceFlowTakenEvent e) {
        if (e.toJoin()) {
            long flowScope = e.flowScopeKey() == null ? key : e.flowScopeKey();
            joinTokens.computeIfAbsent(joinKey(flowScope, e.targetElementId()), t -> new HashMap<>())
                    .merge(e.flowId(), 1, Integer::sum);
        }
    }

    @EventSourcingHandler
    void on(ElementCompletedEvent e) {
        endElement(e.elementInstanceKey(), true);
    }

    @EventSourcingHandler
    void on(ElementTerminatedEvent e) {
        endElement(e.elementInstanceKey(), false);
    }

    private void endElement(long elementInstanceKey, boolean completed) {
        ActiveElement gone = elements.remove(elementInstanceKey);
        ActiveElement scope = gone == null ? null : elements.get(gone.flowScopeKey);
        if (scope != null && BODY.equals(scope.elementType)) {
            if (completed) {
                scope.completedInstances++;
            } else {
                scope.terminatedInstances++;
            }
        }
        jobs.values().removeIf(job -> job.elementInstanceKey == elementInstanceKey);
        userTasks.values().removeIf(task -> task.elementInstanceKey == elementInstanceKey);
        subscriptions.remove(elementInstanceKey);
        incidents.values().removeIf(incident -> incident.elementInstanceKey == elementInstanceKey);
        joinTokens.keySet().removeIf(k -> k.startsWith(elementInstanceKey + "/"));
        interruptedScopes.remove(elementInstanceKey);
    }

    @EventSourcingHandler
    void on(JobCreatedEvent e) {
        jobs.put(e.jobKey(), new JobState(e.jobKey(), e.elementInstanceKey(), e.type(), e.retries(), e.customHeaders()));
    }

    @EventSourcingHandler
    void on(JobActivatedEvent e) {
        JobState job = jobs.get(e.jobKey());
        job.state = JobState.State.ACTIVATED;
        job.deadline = e.deadline();
    }

    @EventSourcingHandler
    void on(JobCompletedEvent e) {
        jobs.remove(e.jobKey());
    }

    @EventSourcingHandler
    void on(JobFailedEvent e) {
        JobState job = jobs.get(e.jobKey());
        job.retries = e.retries();
        job.state = e.retries() > 0 ? JobState.State.ACTIVATABLE : JobState.State.FAILED;
        job.deadline = null;
    }

    @EventSourcingHandler
    void on(ErrorThrownEvent e) {
        if (e.jobKey() != null && e.catchElementId() == null && jobs.containsKey(e.jobKey())) {
            JobState job = jobs.get(e.jobKey());
            job.state = JobState.State.ERROR_THROWN;
            job.deadline = null;
        }
    }

    @EventSourcingHandler
    void on(JobRetriesUpdatedEvent e) {
        jobs.get(e.jobKey()).retries = e.retries();
    }

    @EventSourcingHandler
    void on(UserTaskCreatedEvent e) {
        userTasks.put(e.userTaskKey(), new UserTaskState(e.userTaskKey(), e.elementInstanceKey()));
    }

    @EventSourcingHandler
    void on(UserTaskCompletedEvent e) {
        userTasks.remove(e.userTaskKey());
    }

    @EventSourcingHandler
    void on(IncidentCreatedEvent e) {
        incidents.put(e.incidentKey(), new IncidentState(e.incidentKey(), e.elementInstanceKey(), e.errorType(),
                e.jobKey()));
    }

    @EventSourcingHandler
    void on(IncidentResolvedEvent e) {
        IncidentState incident = incidents.remove(e.incidentKey());
        if (incident != null && incident.jobKey != null && jobs.containsKey(incident.jobKey)) {
            jobs.get(incident.jobKey).state = JobState.State.ACTIVATABLE;
        }
    }

    @EventSourcingHandler
    void on(MessageSubscriptionOpenedEvent e) {
        long owner = e.ownerElementInstanceKey() == null ? e.elementInstanceKey() : e.ownerElementInstanceKey();
        subscriptions.put(e.elementInstanceKey(), new Subscription(e.elementInstanceKey(), owner, e.elementId(),
                e.messageName(), e.correlationKey()));
    }

    @EventSourcingHandler
    void on(MessageSubscriptionCorrelatedEvent e) {
        correlatedMessages.add(e.messageKey());
    }

    @EventSourcingHandler
    void on(MessageSubscriptionClosedEvent e) {
        subscriptions.remove(e.elementInstanceKey());
    }

    @EventSourcingHandler
    void on(TimerCreatedEvent e) {
        timers.put(e.timerKey(), new TimerState(e.timerKey(), e.elementInstanceKey(), e.elementId(), e.dueAt(),
                e.repetitions(), e.interval()));
    }

    @EventSourcingHandler
    void on(TimerTriggeredEvent e) {
        timers.remove(e.timerKey());
    }

    @EventSourcingHandler
    void on(TimerCancelledEvent e) {
        timers.remove(e.timerKey());
    }

    @EventSourcingHandler
    void on(ProcessInstanceCompletedEvent e) {
        end();
    }

    @EventSourcingHandler
    void on(ProcessInstanceCancelledEvent e) {
        end();
    }

    private void end() {
        ended = true;
        elements.clear();
        jobs.clear();
        userTasks.clear();
        subscriptions.clear();
        timers.clear();
        joinTokens.clear();
        incidents.clear();
        interruptedScopes.clear();
    }

    // ---- state types ----

    private record Step(boolean completion, long elementInstanceKey, List<String> flowIds, long flowScopeKey) {
        static Step complete(long elementInstanceKey) {
            return new Step(true, elementInstanceKey, null, 0);
        }

        static Step complete(long elementInstanceKey, List<String> onlyFlowIds) {
            return new Step(true, elementInstanceKey, List.copyOf(onlyFlowIds), 0);
        }

        static Step take(String flowId, long flowScopeKey) {
            return new Step(false, 0, List.of(flowId), flowScopeKey);
        }
    }

    private static final class ActiveElement {
        final long key;
        String elementId;
        final String elementType;
        final long flowScopeKey;
        final Map<String, Object> local = new LinkedHashMap<>();
        Long childKey;
        List<Object> items = List.of();
        int activatedInstances;
        int completedInstances;
        int terminatedInstances;

        ActiveElement(long key, String elementId, String elementType, long flowScopeKey) {
            this.key = key;
            this.elementId = elementId;
            this.elementType = elementType;
            this.flowScopeKey = flowScopeKey;
        }
    }

    private static final class JobState {
        enum State { ACTIVATABLE, ACTIVATED, FAILED, ERROR_THROWN }

        final long key;
        final long elementInstanceKey;
        final String type;
        final Map<String, String> headers;
        int retries;
        State state = State.ACTIVATABLE;
        Instant deadline;

        JobState(long key, long elementInstanceKey, String type, int retries, Map<String, String> headers) {
            this.key = key;
            this.elementInstanceKey = elementInstanceKey;
            this.type = type;
            this.retries = retries;
            this.headers = headers == null ? Map.of() : headers;
        }
    }

    private record Subscription(long key, long ownerKey, String elementId, String messageName,
                                String correlationKey) {
    }

    private record TimerState(long key, long ownerKey, String elementId, Instant dueAt, int repetitions,
                              String interval) {
    }

    private record UserTaskState(long key, long elementInstanceKey) {
    }

    private record IncidentState(long key, long elementInstanceKey, String errorType, Long jobKey) {
    }
}
