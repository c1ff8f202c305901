package nl.opgaveengine.query.verantwoording;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A rebuild's choice of a phase repetition's justification, from the redo decisions it has handled, is the live
 * statement's sub-select: the latest decision at or before the repetition by time (in whole microseconds, as stored),
 * then by sequence number; the repetition's own reason when there is none.
 */
class OverdoenTest {

    private static final Instant T = Instant.parse("2026-11-29T06:00:00.000001Z");

    @Test
    void theLatestRedoDecisionAtOrBeforeTheRepetitionGivesTheJustification() {
        VerantwoordingProjection.Overdoen overdoen = new VerantwoordingProjection.Overdoen();
        assertThat(overdoen.reden("a", T, "eigen reden")).isEqualTo("eigen reden");

        overdoen.besloten("a", T, 5L, "eerste");
        overdoen.besloten("a", T.plusSeconds(60), 9L, "tweede");
        overdoen.besloten("b", T.minusSeconds(60), 2L, "andere opgave");

        assertThat(overdoen.reden("a", T.minusNanos(1_000), "eigen")).as("before any decision").isEqualTo("eigen");
        assertThat(overdoen.reden("a", T, "eigen")).as("at the same moment").isEqualTo("eerste");
        assertThat(overdoen.reden("a", T.plusSeconds(59), "eigen")).isEqualTo("eerste");
        assertThat(overdoen.reden("a", T.plusSeconds(3_600), "eigen")).isEqualTo("tweede");
        assertThat(overdoen.reden("b", T, "eigen")).isEqualTo("andere opgave");
        assertThat(overdoen.reden("c", T, "eigen")).isEqualTo("eigen");
    }

    @Test
    void equalTimesAreDecidedByTheSequenceNumberAndComparedInMicroseconds() {
        VerantwoordingProjection.Overdoen overdoen = new VerantwoordingProjection.Overdoen();
        overdoen.besloten("a", T, 7L, "later in de reeks");
        overdoen.besloten("a", T, 3L, "eerder in de reeks");
        assertThat(overdoen.reden("a", T, "eigen")).isEqualTo("later in de reeks");
        // 400 ns later is the same stored microsecond: the decision counts as at or before
        overdoen.besloten("a", T.plusNanos(400), 8L, "zelfde microseconde");
        assertThat(overdoen.reden("a", T, "eigen")).isEqualTo("zelfde microseconde");
    }
}
