package nl.opgaveengine.engine.definition;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opgaveengine.engine.EngineException;
import nl.opgaveengine.engine.EngineException.Rejection;
import nl.opgaveengine.engine.ProcessDefinition;
import nl.opgaveengine.engine.command.DeployProcessCommand;
import nl.opgaveengine.engine.command.DeployProcessCommand.StartEventSpec;
import nl.opgaveengine.engine.command.TriggerStartTimerCommand;
import nl.opgaveengine.engine.event.MessageStartSubscriptionClosedEvent;
import nl.opgaveengine.engine.event.MessageStartSubscriptionOpenedEvent;
import nl.opgaveengine.engine.event.ProcessDefinitionDeployedEvent;
import nl.opgaveengine.engine.event.TimerCancelledEvent;
import nl.opgaveengine.engine.event.TimerCreatedEvent;
import nl.opgaveengine.engine.event.TimerTriggeredEvent;
import nl.opgaveengine.engine.feel.FeelException;
import nl.opgaveengine.engine.instance.EngineRuntime;
import nl.opgaveengine.engine.model.TimerSchedule;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import nl.opgaveengine.engine.eventstore.EventStoreConfiguration;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The versions of one BPMN process id. Deploying the same content under the same resource name again answers
 * the latest version; anything else becomes the next version. The latest version owns the timers of its timer
 * start events and the subscriptions of its message start events; a new version replaces them.
 */
@Aggregate(type = "ProcessDefinition", cache = EventStoreConfiguration.AGGREGATE_CACHE)
public class ProcessDefinitionAggregate {

    @AggregateIdentifier
    private String id;
    private ProcessDefinition latest;
    private final Map<Long, StartTimer> startTimers = new LinkedHashMap<>();
    private final List<MessageStart> messageStarts = new ArrayList<>();

    public ProcessDefinitionAggregate() {
    }

    public static String aggregateId(String bpmnProcessId) {
        return "process-definition:" + bpmnProcessId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ProcessDefinition handle(DeployProcessCommand command, EngineRuntime runtime) {
        if (latest != null && latest.checksum().equals(command.checksum())
                && latest.resourceName().equals(command.resourceName())) {
            return latest;
        }
        Instant now = runtime.now();
        List<TimerCreatedEvent> timers = new ArrayList<>();
        long definitionKey = command.candidateKey();
        for (StartEventSpec start : command.startEvents() == null ? List.<StartEventSpec>of() : command.startEvents()) {
            if (start.timer() != null) {
                TimerSchedule.Due due;
                try {
                    Object value = runtime.feel().value(start.timer().expression(), Map.of());
                    due = TimerSchedule.first(start.timer().kind(), String.valueOf(value), now);
                } catch (FeelException | IllegalArgumentException e) {
                    throw new EngineException(Rejection.INVALID_ARGUMENT, "Timer start event '" + start.elementId()
                            + "' van proces '" + command.bpmnProcessId() + "' is niet te plannen: " + e.getMessage());
                }
                timers.add(new TimerCreatedEvent(0, runtime.nextKey(), 0, start.elementId(), definitionKey,
                        command.bpmnProcessId(), due.dueAt(), due.repetitions(), due.interval()));
            }
        }
        apply(new ProcessDefinitionDeployedEvent(definitionKey, command.bpmnProcessId(), command.name(),
                latest == null ? 1 : latest.version() + 1, command.resourceName(), command.checksum(),
                command.resource(), command.deploymentKey(), now, command.deployedBy()));
        for (Map.Entry<Long, StartTimer> timer : new ArrayList<>(startTimers.entrySet())) {
            apply(new TimerCancelledEvent(0, timer.getKey(), 0, timer.getValue().elementId(),
                    timer.getValue().processDefinitionKey()));
        }
        for (MessageStart start : new ArrayList<>(messageStarts)) {
            apply(new MessageStartSubscriptionClosedEvent(start.processDefinitionKey(), command.bpmnProcessId(),
                    start.elementId(), start.messageName()));
        }
        timers.forEach(timer -> apply(timer));
        for (StartEventSpec start : command.startEvents() == null ? List.<StartEventSpec>of() : command.startEvents()) {
            if (start.messageName() != null) {
                apply(new MessageStartSubscriptionOpenedEvent(definitionKey, command.bpmnProcessId(),
                        start.elementId(), start.messageName()));
            }
        }
        return latest;
    }

    /** Fires a timer start event: answers the start event id to create an instance at, null when already gone. */
    @CommandHandler
    public String handle(TriggerStartTimerCommand command, EngineRuntime runtime) {
        StartTimer timer = startTimers.get(command.timerKey());
        if (timer == null) {
            return null;
        }
        Instant now = runtime.now();
        apply(new TimerTriggeredEvent(0, command.timerKey(), 0, timer.elementId(), timer.processDefinitionKey(),
                timer.dueAt(), now));
        if (timer.repetitions() < 0 || timer.repetitions() > 1) {
            Instant next = TimerSchedule.plus(timer.dueAt(), timer.interval());
            if (!next.isAfter(now)) {
                next = TimerSchedule.plus(now, timer.interval());
            }
            apply(new TimerCreatedEvent(0, runtime.nextKey(), 0, timer.elementId(), timer.processDefinitionKey(),
                    latest.bpmnProcessId(), next, timer.repetitions() < 0 ? -1 : timer.repetitions() - 1,
                    timer.interval()));
        }
        return timer.elementId();
    }

    @EventSourcingHandler
    void on(ProcessDefinitionDeployedEvent e) {
        id = aggregateId(e.bpmnProcessId());
        latest = new ProcessDefinition(e.processDefinitionKey(), e.bpmnProcessId(), e.name(), e.version(),
                e.resourceName(), e.checksum(), e.deployedAt(), e.deployedBy());
    }

    @EventSourcingHandler
    void on(TimerCreatedEvent e) {
        startTimers.put(e.timerKey(), new StartTimer(e.elementId(), e.processDefinitionKey(), e.dueAt(),
                e.repetitions(), e.interval()));
    }

    @EventSourcingHandler
    void on(TimerTriggeredEvent e) {
        startTimers.remove(e.timerKey());
    }

    @EventSourcingHandler
    void on(TimerCancelledEvent e) {
        startTimers.remove(e.timerKey());
    }

    @EventSourcingHandler
    void on(MessageStartSubscriptionOpenedEvent e) {
        messageStarts.add(new MessageStart(e.processDefinitionKey(), e.elementId(), e.messageName()));
    }

    @EventSourcingHandler
    void on(MessageStartSubscriptionClosedEvent e) {
        messageStarts.removeIf(s -> s.processDefinitionKey() == e.processDefinitionKey()
                && s.elementId().equals(e.elementId()));
    }

    private record StartTimer(String elementId, long processDefinitionKey, Instant dueAt, int repetitions,
                              String interval) {
    }

    private record MessageStart(long processDefinitionKey, String elementId, String messageName) {
    }
}
