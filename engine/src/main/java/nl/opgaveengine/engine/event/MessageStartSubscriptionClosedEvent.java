package nl.opgaveengine.engine.event;

import org.axonframework.serialization.Revision;

/** A newer version replaced this version's message start event. */
@Revision("1")
public record MessageStartSubscriptionClosedEvent(long processDefinitionKey, String bpmnProcessId, String elementId,
                                                  String messageName) {
}
