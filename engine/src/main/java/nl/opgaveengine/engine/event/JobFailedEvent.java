package nl.opgaveengine.engine.event;

import org.axonframework.serialization.Revision;

/** A worker failed a job; with retries left it is activatable again. */
@Revision("1")
public record JobFailedEvent(long processInstanceKey, long jobKey, String type, int retries, String errorMessage) {
}
