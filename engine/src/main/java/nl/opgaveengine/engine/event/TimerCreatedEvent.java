package nl.opgaveengine.engine.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A timer was scheduled: for an intermediate timer catch event or a boundary event of {@code elementInstanceKey},
 * or for a timer start event of a definition (then {@code processInstanceKey} and {@code elementInstanceKey} are 0).
 * {@code repetitions} counts this firing and the ones after it ({@code -1}: without end).
 */
@Revision("1")
public record TimerCreatedEvent(long processInstanceKey, long timerKey, long elementInstanceKey, String elementId,
                                long processDefinitionKey, String bpmnProcessId, Instant dueAt, int repetitions,
                                String interval) {
}
