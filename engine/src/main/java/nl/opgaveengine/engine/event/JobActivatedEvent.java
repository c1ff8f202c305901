package nl.opgaveengine.engine.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A worker took a job, locked until the deadline. */
@Revision("1")
public record JobActivatedEvent(long processInstanceKey, long jobKey, String type, String worker, Instant deadline) {
}
