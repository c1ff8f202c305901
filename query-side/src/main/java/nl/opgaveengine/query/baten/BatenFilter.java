package nl.opgaveengine.query.baten;

/** Filters of the batenregister; a null member does not filter. */
public record BatenFilter(String opgaveId, String doel, String eigenaar, BaatStatus status) {
}
