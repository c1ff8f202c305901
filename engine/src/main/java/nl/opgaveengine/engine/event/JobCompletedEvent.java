package nl.opgaveengine.engine.event;

import java.util.Map;
import org.axonframework.serialization.Revision;

/** A worker completed a job with result variables. */
@Revision("1")
public record JobCompletedEvent(long processInstanceKey, long jobKey, Map<String, Object> variables) {
}
