package nl.opgaveengine.engine.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A due timer fired; {@code triggeredAt} after {@code dueAt} when the engine was down or busy. */
@Revision("1")
public record TimerTriggeredEvent(long processInstanceKey, long timerKey, long elementInstanceKey, String elementId,
                                  long processDefinitionKey, Instant dueAt, Instant triggeredAt) {
}
