package nl.opgaveengine.engine.event;

import org.axonframework.serialization.Revision;

/** A deployed version starts an instance at a message start event when a message with this name is published. */
@Revision("1")
public record MessageStartSubscriptionOpenedEvent(long processDefinitionKey, String bpmnProcessId, String elementId,
                                                  String messageName) {
}
