package nl.opgaveengine.command.proces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A gate's termijn header, as process owners write it. */
class TermijnTest {

    private static final Instant OPEN = Instant.parse("2026-01-31T09:00:00Z");

    @Test
    void readsWeeksDaysMonthsAndHours() {
        assertThat(Termijn.after(OPEN, "P6W", "gate")).isEqualTo(Instant.parse("2026-03-14T09:00:00Z"));
        assertThat(Termijn.after(OPEN, "P30D", "gate")).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(Termijn.after(OPEN, "p1m", "gate")).as("calendar month, clamped").isEqualTo(Instant.parse("2026-02-28T09:00:00Z"));
        assertThat(Termijn.after(OPEN, "PT48H", "gate")).isEqualTo(Instant.parse("2026-02-02T09:00:00Z"));
    }

    @Test
    void refusesWhatIsNoPeriodAndNamesTheElement() {
        assertThatThrownBy(() -> Termijn.after(OPEN, "zes weken", "gate-initiatief"))
                .hasMessageContaining("gate-initiatief").hasMessageContaining("termijn").hasMessageContaining("zes weken");
    }
}
