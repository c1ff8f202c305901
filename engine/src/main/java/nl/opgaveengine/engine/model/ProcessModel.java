package nl.opgaveengine.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An executable process: its none start event (null when it only starts by timer or message), its flow nodes
 * (including those inside embedded sub-processes) and sequence flows by id, and the start events of its event
 * sub-processes by the scope they sit in.
 */
public record ProcessModel(String bpmnProcessId, String name, String startEventId, Map<String, ElementModel> elements,
                           Map<String, FlowModel> flows, Map<String, List<ElementModel>> eventSubProcessStarts) {

    /** Indexes the start events of the event sub-processes by the scope they sit in ("" for the process). */
    public ProcessModel(String bpmnProcessId, String name, String startEventId, Map<String, ElementModel> elements,
                        Map<String, FlowModel> flows) {
        this(bpmnProcessId, name, startEventId, elements, flows, indexEventSubProcessStarts(elements));
    }

    private static Map<String, List<ElementModel>> indexEventSubProcessStarts(Map<String, ElementModel> elements) {
        Map<String, List<ElementModel>> index = new java.util.HashMap<>();
        for (ElementModel element : elements.values()) {
            if (element.type() == ElementType.EVENT_SUB_PROCESS && element.innerStartId() != null
                    && elements.containsKey(element.innerStartId())) {
                index.computeIfAbsent(element.scopeId() == null ? "" : element.scopeId(), s -> new ArrayList<>())
                        .add(elements.get(element.innerStartId()));
            }
        }
        index.replaceAll((scope, starts) -> List.copyOf(starts));
        return Map.copyOf(index);
    }

    public ElementModel element(String elementId) {
        ElementModel element = elements.get(elementId);
        if (element == null) {
            throw new IllegalStateException("Element '" + elementId + "' bestaat niet in proces " + bpmnProcessId);
        }
        return element;
    }

    public FlowModel flow(String flowId) {
        return flows.get(flowId);
    }

    /**
     * The start events of the event sub-processes directly inside a scope: the process ({@code scopeId} null) or an
     * embedded or event sub-process (its id).
     */
    public List<ElementModel> eventSubProcessStarts(String scopeId) {
        return eventSubProcessStarts.getOrDefault(scopeId == null ? "" : scopeId, List.of());
    }

    /** Whether the element is the start event of an event sub-process. */
    public boolean isEventSubProcessStart(ElementModel element) {
        if (element.type() != ElementType.START_EVENT || element.scopeId() == null) {
            return false;
        }
        ElementModel scope = elements.get(element.scopeId());
        return scope != null && scope.type() == ElementType.EVENT_SUB_PROCESS;
    }

    /** The process-level start events with a timer or message definition. */
    public List<ElementModel> triggeredStartEvents() {
        return elements.values().stream()
                .filter(e -> e.type() == ElementType.START_EVENT && e.scopeId() == null && e.trigger() != Trigger.NONE)
                .toList();
    }
}
