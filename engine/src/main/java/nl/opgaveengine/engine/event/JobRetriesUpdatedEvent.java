package nl.opgaveengine.engine.event;

import org.axonframework.serialization.Revision;

/** A job's retries were set, so it can be activated again. */
@Revision("1")
public record JobRetriesUpdatedEvent(long processInstanceKey, long jobKey, String type, int retries) {
}
