package nl.opgaveengine.command.pc;

import java.time.Instant;
import java.time.LocalDate;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.pc.PcMomentPlannedEvent;
import nl.opgaveengine.api.pc.PcMomentSoort;
import nl.opgaveengine.api.pc.PlanPcMomentCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** A P&C moment needs a deadline on or after its reference date. */
class PcMomentTest {

    private static final Attribution CONTROLLER = new Attribution("carla", "CONTROLLER", Instant.parse("2026-01-05T09:00:00Z"),
            "Kalender 2026");

    @Test
    void plansAMoment() {
        new AggregateTestFixture<>(PcMoment.class).givenNoPriorActivity()
                .when(new PlanPcMomentCommand("2026-voorjaarsnota", 2026, "Voorjaarsnota", PcMomentSoort.VOORJAARSNOTA,
                        LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-15"), CONTROLLER))
                .expectEvents(new PcMomentPlannedEvent("2026-voorjaarsnota", 2026, "Voorjaarsnota",
                        PcMomentSoort.VOORJAARSNOTA, LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-15"), CONTROLLER));
    }

    @Test
    void refusesADeadlineBeforeTheReferenceDate() {
        new AggregateTestFixture<>(PcMoment.class).givenNoPriorActivity()
                .when(new PlanPcMomentCommand("2026-x", 2026, "X", PcMomentSoort.BEGROTING,
                        LocalDate.parse("2026-04-01"), LocalDate.parse("2026-03-15"), CONTROLLER))
                .expectException(BusinessRuleException.class);
    }
}
