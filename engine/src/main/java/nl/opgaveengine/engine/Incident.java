package nl.opgaveengine.engine;

import java.time.Instant;

/** An open incident: an element of an instance is stuck until it is resolved (jobKey is set for job incidents). */
public record Incident(long key, long processInstanceKey, long elementInstanceKey, String elementId, String errorType,
                       String errorMessage, Long jobKey, Instant createdAt) {
}
