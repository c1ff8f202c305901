package nl.opgaveengine.engine;

/**
 * An element instance that is active now: its key, element id and type (as Camunda names it, e.g.
 * {@code AD_HOC_SUB_PROCESS}, {@code MULTI_INSTANCE_BODY}) and its flow scope (the instance key at process level).
 */
public record ElementInstance(long key, long processInstanceKey, String elementId, String elementType,
                              long flowScopeKey) {
}
