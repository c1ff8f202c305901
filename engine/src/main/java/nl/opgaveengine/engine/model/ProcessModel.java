package nl.opgaveengine.engine.model;

import java.util.Map;

/** An executable process: its none start event and its flow nodes and sequence flows by id. */
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
}
