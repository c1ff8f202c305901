package nl.opgaveengine.engine.event;

import org.axonframework.serialization.Revision;

/** A timer will not fire: its element ended first, or a newer version replaced a timer start event. */
@Revision("1")
public record TimerCancelledEvent(long processInstanceKey, long timerKey, long elementInstanceKey, String elementId,
                                  long processDefinitionKey) {
}
