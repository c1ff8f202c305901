package nl.opgaveengine.engine.model;

/** A sequence flow; the condition is a FEEL expression without '=' or null. */
public record FlowModel(String id, String sourceId, String targetId, String condition) {
}
