package nl.opgaveengine.engine.instance;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
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
import nl.opgaveengine.engine.command.ActivateJobCommand;
import nl.opgaveengine.engine.command.CancelProcessInstanceCommand;
import nl.opgaveengine.engine.command.CompleteJobCommand;
import nl.opgaveengine.engine.command.CorrelateMessageCommand;
import nl.opgaveengine.engine.command.CreateProcessInstanceCommand;
import nl.opgaveengine.engine.command.FailJobCommand;
import nl.opgaveengine.engine.command.ResolveIncidentCommand;
import nl.opgaveengine.engine.command.UpdateJobRetriesCommand;
import nl.opgaveengine.engine.event.ElementActivatedEvent;
import nl.opgaveengine.engine.event.ElementCompletedEvent;
import nl.opgaveengine.engine.event.ElementTerminatedEvent;
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
import nl.opgaveengine.engine.event.VariablesSetEvent;
import nl.opgaveengine.engine.feel.FeelException;
import nl.opgaveengine.engine.lookup.EngineLookup.BufferedMessage;
import nl.opgaveengine.engine.model.ElementModel;
import nl.opgaveengine.engine.model.ElementType;
import nl.opgaveengine.engine.model.Expression;
import nl.opgaveengine.engine.model.FlowModel;
import nl.opgaveengine.engine.model.Mapping;
import nl.opgaveengine.engine.model.ProcessModel;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One process instance. Each command runs the interpreter: it moves tokens through the model, applying one
 * event per step, until every token waits (a job, a message subscription, an incident) or the instance ends.
 * Event-sourcing handlers only assign state.
 */
@Aggregate(type = "ProcessInstance")
public class ProcessInstanceAggregate {

    static final String INPUT_ERROR = "EXTRACT_VALUE_ERROR";
    static final String OUTPUT_ERROR = "IO_MAPPING_ERROR";
    static final String CONDITION_ERROR = "CONDITION_ERROR";
    static final String JOB_NO_RETRIES = "JOB_NO_RETRIES";

    @AggregateIdentifier
    private String id;
    private long key;
    private long definitionKey;
    private String bpmnProcessId;
    private int version;
    private boolean ended;
    private final Map<String, Object> variables = new LinkedHashMap<>();
    private final Map<Long, ActiveElement> elements = new LinkedHashMap<>();
    private final Map<Long, JobState> jobs = new LinkedHashMap<>();
    private final Map<Long, Subscription> subscriptions = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> joinTokens = new HashMap<>();
    private final Map<Long, IncidentState> incidents = new LinkedHashMap<>();
    private final Set<Long> correlatedMessages = new HashSet<>();

    // Per command only: the interpreter's queue and tools.
    private transient Deque<Step> work;
    private transient ProcessModel model;
    private transient EngineRuntime rt;

    public ProcessInstanceAggregate() {
    }

    public static String aggregateId(long processInstanceKey) {
        return "process-instance:" + processInstanceKey;
    }

    // ---- commands ----

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public ProcessInstanceCreated handle(CreateProcessInstanceCommand command, EngineRuntime runtime) {
        apply(new ProcessInstanceCreatedEvent(command.processInstanceKey(), command.processDefinitionKey(),
                command.bpmnProcessId(), command.version()));
        if (command.variables() != null && !command.variables().isEmpty()) {
            apply(new VariablesSetEvent(key, key, new LinkedHashMap<>(command.variables())));
        }
        begin(runtime);
        activate(model.startEventId());
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
        JobState job = requireJob(command.jobKey());
        if (job.state == JobState.State.FAILED) {
            throw new EngineException(Rejection.INVALID_STATE, "Job " + job.key
                    + " kan niet worden voltooid: hij heeft geen retries meer en staat in een incident");
        }
        begin(runtime);
        Map<String, Object> result = copy(command.variables());
        apply(new JobCompletedEvent(key, job.key, result));
        setResultVariables(job.elementInstanceKey, result);
        work.add(Step.complete(job.elementInstanceKey, null));
        run();
    }

    @CommandHandler
    public void handle(FailJobCommand command, EngineRuntime runtime) {
        JobState job = requireJob(command.jobKey());
        if (job.state == JobState.State.FAILED) {
            throw new EngineException(Rejection.INVALID_STATE, "Job " + job.key + " is al mislukt zonder retries");
        }
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
    public void handle(UpdateJobRetriesCommand command) {
        JobState job = requireJob(command.jobKey());
        if (command.retries() < 1) {
            throw new EngineException(Rejection.INVALID_ARGUMENT, "Retries moeten minstens 1 zijn, niet "
                    + command.retries());
        }
        apply(new JobRetriesUpdatedEvent(key, job.key, job.type, command.retries()));
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
        if (incident.jobKey == null) {
            ActiveElement element = elements.get(incident.elementInstanceKey);
            if (OUTPUT_ERROR.equals(incident.errorType)) {
                work.add(Step.complete(element.key, null));
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
    public void handle(CancelProcessInstanceCommand command) {
        if (ended) {
            throw new EngineException(Rejection.INVALID_STATE, "Procesinstantie " + key + " is al beëindigd");
        }
        terminateActiveElements();
        apply(new ProcessInstanceCancelledEvent(key, definitionKey, bpmnProcessId));
    }

    // ---- the interpreter ----

    private void begin(EngineRuntime runtime) {
        this.rt = runtime;
        this.model = runtime.models().get(definitionKey);
        this.work = new ArrayDeque<>();
    }

    private void run() {
        while (!work.isEmpty() && !ended) {
            Step step = work.poll();
            if (step.completion) {
                complete(step.elementInstanceKey, step.flowId);
            } else {
                take(step.flowId);
            }
        }
        if (!ended && elements.isEmpty() && joinTokens.isEmpty()) {
            apply(new ProcessInstanceCompletedEvent(key, definitionKey, bpmnProcessId));
        }
    }

    private void activate(String elementId) {
        ElementModel element = model.element(elementId);
        boolean join = element.type() == ElementType.PARALLEL_GATEWAY && element.incomingFlowIds().size() > 1;
        long elementInstanceKey = rt.nextKey();
        apply(new ElementActivatedEvent(key, elementInstanceKey, element.id(), element.type().name(),
                join ? element.incomingFlowIds() : null));
        behave(elementInstanceKey, element);
    }

    /** What an element does once active: complete at once, or wait for a job or a message. */
    private void behave(long elementInstanceKey, ElementModel element) {
        switch (element.type()) {
            case START_EVENT, END_EVENT, PARALLEL_GATEWAY -> work.add(Step.complete(elementInstanceKey, null));
            case EXCLUSIVE_GATEWAY -> chooseFlow(elementInstanceKey, element);
            case SERVICE_TASK -> {
                if (applyInputs(elementInstanceKey, element)) {
                    createJob(elementInstanceKey, element);
                }
            }
            case RECEIVE_TASK, INTERMEDIATE_CATCH_EVENT -> {
                if (applyInputs(elementInstanceKey, element)) {
                    openSubscription(elementInstanceKey, element);
                }
            }
            default -> throw new IllegalStateException("Element type " + element.type() + " is niet uitvoerbaar");
        }
    }

    private void complete(long elementInstanceKey, String onlyFlowId) {
        ActiveElement active = elements.get(elementInstanceKey);
        if (active == null) {
            return;
        }
        ElementModel element = model.element(active.elementId);
        if (!element.outputs().isEmpty()) {
            Map<String, Object> output;
            try {
                output = evaluateMappings(element.outputs(), scopeVariables(elementInstanceKey));
            } catch (FeelException e) {
                incident(elementInstanceKey, element, OUTPUT_ERROR, e.getMessage());
                return;
            }
            if (!output.isEmpty()) {
                apply(new VariablesSetEvent(key, key, output));
            }
        }
        apply(new ElementCompletedEvent(key, elementInstanceKey, element.id(), element.type().name()));
        if (element.type() == ElementType.END_EVENT && element.terminate()) {
            terminateActiveElements();
            apply(new ProcessInstanceCompletedEvent(key, definitionKey, bpmnProcessId));
            return;
        }
        List<FlowModel> flows = onlyFlowId == null ? element.outgoing() : List.of(element.outgoingFlow(onlyFlowId));
        flows.forEach(flow -> work.add(Step.take(flow.id())));
    }

    private void take(String flowId) {
        FlowModel flow = model.flow(flowId);
        ElementModel target = model.element(flow.targetId());
        boolean join = target.type() == ElementType.PARALLEL_GATEWAY && target.incomingFlowIds().size() > 1;
        apply(new SequenceFlowTakenEvent(key, flow.id(), flow.sourceId(), flow.targetId(), join));
        if (!join) {
            activate(target.id());
            return;
        }
        Map<String, Integer> arrived = joinTokens.getOrDefault(target.id(), Map.of());
        if (target.incomingFlowIds().stream().allMatch(incoming -> arrived.getOrDefault(incoming, 0) > 0)) {
            activate(target.id());
        }
    }

    private void chooseFlow(long elementInstanceKey, ElementModel gateway) {
        if (gateway.outgoing().isEmpty()) {
            work.add(Step.complete(elementInstanceKey, null));
            return;
        }
        Map<String, Object> scope = scopeVariables(elementInstanceKey);
        for (FlowModel flow : gateway.outgoing()) {
            if (flow.id().equals(gateway.defaultFlowId())) {
                continue;
            }
            if (flow.condition() == null) {
                work.add(Step.complete(elementInstanceKey, flow.id()));
                return;
            }
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
            if ((Boolean) result) {
                work.add(Step.complete(elementInstanceKey, flow.id()));
                return;
            }
        }
        if (gateway.defaultFlowId() != null) {
            work.add(Step.complete(elementInstanceKey, gateway.defaultFlowId()));
            return;
        }
        incident(elementInstanceKey, gateway, CONDITION_ERROR, "Geen enkele conditie van exclusive gateway '"
                + gateway.id() + "' is waar en er is geen default flow");
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
        apply(new JobCreatedEvent(key, rt.nextKey(), elementInstanceKey, element.id(), type, retries,
                new LinkedHashMap<>(element.headers()), definitionKey, bpmnProcessId, version));
    }

    private void openSubscription(long elementInstanceKey, ElementModel element) {
        Map<String, Object> scope = scopeVariables(elementInstanceKey);
        String messageName;
        String correlationKey;
        try {
            messageName = text(element.messageName(), scope, "de berichtnaam");
            correlationKey = text(element.correlationKey(), scope, "de correlation key");
        } catch (FeelException e) {
            incident(elementInstanceKey, element, INPUT_ERROR, e.getMessage());
            return;
        }
        apply(new MessageSubscriptionOpenedEvent(key, elementInstanceKey, element.id(), messageName, correlationKey));
        for (BufferedMessage message : rt.lookup().bufferedMessages(messageName, correlationKey, key, rt.now())) {
            if (!correlatedMessages.contains(message.messageKey())) {
                correlate(subscriptions.get(elementInstanceKey), message.messageKey(), copy(message.variables()));
                return;
            }
        }
    }

    private void correlate(Subscription subscription, long messageKey, Map<String, Object> messageVariables) {
        apply(new MessageSubscriptionCorrelatedEvent(key, subscription.elementInstanceKey, messageKey,
                subscription.messageName, subscription.correlationKey, messageVariables));
        apply(new MessageSubscriptionClosedEvent(key, subscription.elementInstanceKey));
        setResultVariables(subscription.elementInstanceKey, messageVariables);
        work.add(Step.complete(subscription.elementInstanceKey, null));
    }

    /** Job or message variables: on the instance, or local to the element when its output mappings pick them. */
    private void setResultVariables(long elementInstanceKey, Map<String, Object> result) {
        if (result.isEmpty()) {
            return;
        }
        ElementModel element = model.element(elements.get(elementInstanceKey).elementId);
        apply(new VariablesSetEvent(key, element.outputs().isEmpty() ? key : elementInstanceKey, result));
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

    private void terminateActiveElements() {
        List<ActiveElement> active = new ArrayList<>(elements.values());
        for (int i = active.size() - 1; i >= 0; i--) {
            ActiveElement element = active.get(i);
            apply(new ElementTerminatedEvent(key, element.key, element.elementId, element.elementType));
        }
    }

    private JobState requireJob(long jobKey) {
        JobState job = jobs.get(jobKey);
        if (ended || job == null) {
            throw new EngineException(Rejection.NOT_FOUND, "Job " + jobKey + " bestaat niet (meer) in procesinstantie "
                    + key);
        }
        return job;
    }

    private Map<String, Object> scopeVariables(long elementInstanceKey) {
        Map<String, Object> scope = new LinkedHashMap<>(variables);
        ActiveElement element = elements.get(elementInstanceKey);
        if (element != null) {
            scope.putAll(element.local);
        }
        return scope;
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
        elements.put(e.elementInstanceKey(), new ActiveElement(e.elementInstanceKey(), e.elementId(), e.elementType()));
        if (e.joinedFlowIds() != null) {
            Map<String, Integer> arrived = joinTokens.getOrDefault(e.elementId(), new HashMap<>());
            for (String flowId : e.joinedFlowIds()) {
                arrived.computeIfPresent(flowId, (flow, count) -> count > 1 ? count - 1 : null);
            }
            if (arrived.isEmpty()) {
                joinTokens.remove(e.elementId());
            }
        }
    }

    @EventSourcingHandler
    void on(SequenceFlowTakenEvent e) {
        if (e.toJoin()) {
            joinTokens.computeIfAbsent(e.targetElementId(), t -> new HashMap<>()).merge(e.flowId(), 1, Integer::sum);
        }
    }

    @EventSourcingHandler
    void on(ElementCompletedEvent e) {
        endElement(e.elementInstanceKey());
    }

    @EventSourcingHandler
    void on(ElementTerminatedEvent e) {
        endElement(e.elementInstanceKey());
    }

    private void endElement(long elementInstanceKey) {
        elements.remove(elementInstanceKey);
        jobs.values().removeIf(job -> job.elementInstanceKey == elementInstanceKey);
        subscriptions.remove(elementInstanceKey);
        incidents.values().removeIf(incident -> incident.elementInstanceKey == elementInstanceKey);
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
    void on(JobRetriesUpdatedEvent e) {
        jobs.get(e.jobKey()).retries = e.retries();
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
        subscriptions.put(e.elementInstanceKey(), new Subscription(e.elementInstanceKey(), e.messageName(),
                e.correlationKey()));
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
        subscriptions.clear();
        joinTokens.clear();
        incidents.clear();
    }

    // ---- state types ----

    private record Step(boolean completion, long elementInstanceKey, String flowId) {
        static Step complete(long elementInstanceKey, String onlyFlowId) {
            return new Step(true, elementInstanceKey, onlyFlowId);
        }

        static Step take(String flowId) {
            return new Step(false, 0, flowId);
        }
    }

    private static final class ActiveElement {
        final long key;
        final String elementId;
        final String elementType;
        final Map<String, Object> local = new LinkedHashMap<>();

        ActiveElement(long key, String elementId, String elementType) {
            this.key = key;
            this.elementId = elementId;
            this.elementType = elementType;
        }
    }

    private static final class JobState {
        enum State { ACTIVATABLE, ACTIVATED, FAILED }

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

    private record Subscription(long elementInstanceKey, String messageName, String correlationKey) {
    }

    private record IncidentState(long key, long elementInstanceKey, String errorType, Long jobKey) {
    }
}
