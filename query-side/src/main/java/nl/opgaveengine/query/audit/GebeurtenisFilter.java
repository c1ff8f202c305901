package nl.opgaveengine.query.audit;

import java.time.Instant;

/** Filters of the event history; a null member does not filter. {@code tot} is exclusive. */
public record GebeurtenisFilter(String opgaveId, String type, String actor, String rol, Instant van, Instant tot) {

    public static GebeurtenisFilter opgave(String opgaveId) {
        return new GebeurtenisFilter(opgaveId, null, null, null, null, null);
    }
}
