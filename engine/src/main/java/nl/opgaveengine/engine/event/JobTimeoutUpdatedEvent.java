package nl.opgaveengine.engine.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The lock of an activated job was moved to a new deadline. */
@Revision("1")
public record JobTimeoutUpdatedEvent(long processInstanceKey, long jobKey, Instant deadline) {
}
