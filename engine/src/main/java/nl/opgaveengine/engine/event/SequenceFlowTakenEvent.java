package nl.opgaveengine.engine.event;

import org.axonframework.serialization.Revision;

/**
 * A token moved over a sequence flow in a flow scope ({@code flowScopeKey}, null at process level);
 * {@code toJoin} when it waits at a joining parallel gateway.
 */
@Revision("1")
public record SequenceFlowTakenEvent(long processInstanceKey, String flowId, String sourceElementId,
                                     String targetElementId, boolean toJoin, Long flowScopeKey) {
}
