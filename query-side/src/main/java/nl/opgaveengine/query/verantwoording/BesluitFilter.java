package nl.opgaveengine.query.verantwoording;

import java.time.Instant;

/** Filters for decisions across opgaven; a null member does not filter. */
public record BesluitFilter(String opgaveId, String persoon, String rol, String soort, Boolean afwijkend,
                            Instant van, Instant tot) {
}
