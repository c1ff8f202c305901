package nl.opgaveengine.engine.event;

import java.util.Map;
import org.axonframework.serialization.Revision;

/** A user task was completed with these variables. */
@Revision("1")
public record UserTaskCompletedEvent(long processInstanceKey, long userTaskKey, long elementInstanceKey,
                                     Map<String, Object> variables) {
}
