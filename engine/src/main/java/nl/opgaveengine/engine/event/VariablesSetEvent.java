package nl.opgaveengine.engine.event;

import java.util.Map;
import org.axonframework.serialization.Revision;

/** Variables were set on a scope: the instance itself (scopeKey = instance key) or an element instance. */
@Revision("1")
public record VariablesSetEvent(long processInstanceKey, long scopeKey, Map<String, Object> variables) {
}
