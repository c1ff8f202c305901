package nl.opgaveengine.query.beheer;

import java.time.Instant;

/**
 * Where one projection's processor stands: running, replaying, its segments (stored) and how many of them this node's
 * threads hold, its position (the lowest over all its segments, held here or not) against the head of the event store,
 * and, while or after a rebuild, events done of total, rate and estimated time left. Position and backlog are
 * {@code null} while unknown: before the first token is stored, or when a segment held elsewhere cannot be read.
 */
public record ProjectieStatus(String projectie, boolean actief, boolean herbouwt, int segmenten, int segmentenHier,
                              Long positie, Long kop, Long achterstand, Herbouw herbouw) {

    /**
     * Progress of the last rebuild; {@code methode} {@code BULK} (one pass over the event store for every projection
     * rebuilt, {@code totaal} and {@code gedaan} count events) or {@code PROCESSOR} (the processor replays on its own,
     * they are positions).
     */
    public record Herbouw(Instant gestartOp, Instant klaarOp, long totaal, long gedaan, double percentage,
                          double perSeconde, Long resterendeSeconden, String methode) {
    }
}
