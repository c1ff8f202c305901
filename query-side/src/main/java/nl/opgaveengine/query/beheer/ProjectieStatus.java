package nl.opgaveengine.query.beheer;

import java.time.Instant;

/**
 * Where one projection's processor stands: running, replaying, its position (the lowest over its segments) against
 * the head of the event store, and, while or after a rebuild, events done of total, rate and estimated time left.
 */
public record ProjectieStatus(String projectie, boolean actief, boolean herbouwt, int segmenten, Long positie,
                              Long kop, Long achterstand, Herbouw herbouw) {

    /** Progress of the last rebuild. */
    public record Herbouw(Instant gestartOp, Instant klaarOp, long totaal, long gedaan, double percentage,
                          double perSeconde, Long resterendeSeconden) {
    }
}
