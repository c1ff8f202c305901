package nl.opgaveengine.engine.event;

import org.axonframework.serialization.Revision;

/**
 * An event sub-process was triggered in a flow scope ({@code flowScopeKey}: the process instance or an embedded or
 * event sub-process instance) by its start event's timer, message or error. An interrupting one ends everything else
 * in that scope (tokens waiting at joins too) and no further event sub-process of the scope can start.
 */
@Revision("1")
public record EventSubProcessTriggeredEvent(long processInstanceKey, long flowScopeKey, String eventSubProcessId,
                                            String startEventId, String trigger, boolean interrupting) {
}
