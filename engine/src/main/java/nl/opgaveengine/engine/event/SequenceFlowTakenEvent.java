package nl.opgaveengine.engine.event;

import org.axonframework.serialization.Revision;

/** A token moved over a sequence flow. */
@Revision("1")
public record SequenceFlowTakenEvent(long processInstanceKey, String flowId, String sourceElementId, String targetElementId) {
}
