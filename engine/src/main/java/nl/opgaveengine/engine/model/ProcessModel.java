package nl.opgaveengine.engine.model;

import java.util.List;
import java.util.Map;

/**
 * An executable process: its none start event (null when it only starts by timer or message), its flow nodes
 * (including those inside embedded sub-processes) and sequence flows by id.
 */
public record ProcessModel(String bpmnProcessId, String name, String startEventId, Map<String, ElementModel> elements,
                           Map<String, FlowModel> flows) {

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
        return elements.values().stream()
                .filter(e -> e.type() == ElementType.EVENT_SUB_PROCESS && java.util.Objects.equals(e.scopeId(), scopeId)
                        && e.innerStartId() != null)
                .map(e -> element(e.innerStartId()))
                .toList();
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
