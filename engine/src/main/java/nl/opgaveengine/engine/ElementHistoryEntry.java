package nl.opgaveengine.engine;

import java.time.Instant;

/** One step in an instance's history: an element instance entering a state. */
public record ElementHistoryEntry(long elementInstanceKey, String elementId, String elementType, String state,
                                  Instant at) {
}
