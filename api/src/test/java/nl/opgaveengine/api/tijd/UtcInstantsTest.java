package nl.opgaveengine.api.tijd;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UtcInstantsTest {

    @Test
    void readsWhatInstantToStringWritesLikeTheStandardParser() {
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            // 1970 to 2100, with 0, 3, 6 or 9 fraction digits as Instant.toString writes them
            Instant instant = Instant.ofEpochSecond(random.nextLong(4_102_444_800L), random.nextInt(1_000_000_000));
            instant = switch (i % 4) {
                case 0 -> instant.truncatedTo(ChronoUnit.SECONDS);
                case 1 -> instant.truncatedTo(ChronoUnit.MILLIS);
                case 2 -> instant.truncatedTo(ChronoUnit.MICROS);
                default -> instant;
            };
            String text = instant.toString();
            assertThat(UtcInstants.parse(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void readsAnyNumberOfFractionDigits() {
        assertThat(UtcInstants.parse("2026-11-29T05:40:40.4Z")).isEqualTo(Instant.parse("2026-11-29T05:40:40.400Z"));
        assertThat(UtcInstants.parse("2026-11-29T05:40:40.42827Z"))
                .isEqualTo(Instant.parse("2026-11-29T05:40:40.428270Z"));
        assertThat(UtcInstants.parse("2024-02-29T23:59:59.123456789Z"))
                .isEqualTo(Instant.parse("2024-02-29T23:59:59.123456789Z"));
    }

    @Test
    void leavesEveryOtherFormToTheStandardParser() {
        for (String text : new String[] {"2026-11-29T05:40:40+01:00", "2026-11-29T05:40:40.Z", "2026-11-29 05:40:40Z",
                "2026-02-30T05:40:40Z", "2026-11-29T24:00:00Z", "2026-11-29T05:60:00Z", "2016-12-31T23:59:60Z",
                "2026-11-29T05:40:40.1234567890Z", "+2026-11-29T05:40:40Z", "2026-11-29T05:40:4aZ", "", "Z"}) {
            assertThat(UtcInstants.parse(text)).as(text).isNull();
        }
    }
}
