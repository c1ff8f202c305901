package nl.opgaveengine.engine;

import java.time.Instant;

/** One variable set in an instance: the scope (the instance key for the root scope), name, new value and when. */
public record VariableChange(long scopeKey, String name, Object value, Instant at) {
}
