package nl.opgaveengine.query.verantwoording;

import static nl.opgaveengine.query.OpgaveHistory.newOpgaveId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.GateDecidedEvent;
import nl.opgaveengine.api.opgave.GateOpenedEvent;
import nl.opgaveengine.api.opgave.GatePlannedEvent;
import nl.opgaveengine.api.opgave.Rol;
import nl.opgaveengine.query.OpgaveHistory;
import nl.opgaveengine.query.ProjectionDriver;
import nl.opgaveengine.query.QuerySideTest;
import nl.opgaveengine.query.opgave.OpgaveDetailProjection;
import nl.opgaveengine.query.opgave.OpgaveDetailRepository;
import nl.opgaveengine.query.portfolio.PortfolioFilter;
import nl.opgaveengine.query.portfolio.PortfolioProjection;
import nl.opgaveengine.query.portfolio.PortfolioRegel;
import nl.opgaveengine.query.portfolio.PortfolioRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A gate's due date in the detail and the portfolio, overdue while it has passed, and a late or moved gate accounted for. */
@QuerySideTest
class GateTermijnViewsTest {

    @Autowired
    PortfolioProjection portfolio;
    @Autowired
    PortfolioRepository portfolioRepository;
    @Autowired
    OpgaveDetailProjection detail;
    @Autowired
    OpgaveDetailRepository detailRepository;
    @Autowired
    VerantwoordingProjection verantwoording;
    @Autowired
    VerantwoordingRepository verantwoordingRepository;

    String thema;
    OpgaveHistory history;

    @BeforeEach
    void setUp() {
        thema = "thema-" + UUID.randomUUID();
        history = OpgaveHistory.of(newOpgaveId()).registered("Wijkaanpak", thema, "Zuid");
    }

    /** Every projection sees the whole history again: they are idempotent per event, as on redelivery. */
    private void project() {
        for (Object projection : List.of(portfolio, detail, verantwoording)) {
            new ProjectionDriver(projection).handle(history.messages());
        }
    }

    private GateOpenedEvent opened(String gateId, Instant uiterlijkOp) {
        return new GateOpenedEvent(history.opgaveId(), gateId, "Gate " + gateId, "fase_a", null,
                Rol.BESTUURLIJK_OPDRACHTGEVER, List.of("GO", "OVERDOEN"), Attribution.byProcess("Gate bereikt",
                OpgaveHistory.T0), "sleutel-" + gateId, uiterlijkOp);
    }

    private PortfolioRegel line() {
        List<PortfolioRegel> regels = portfolioRepository.find(new PortfolioFilter(thema, null, null, null), 1, 5).regels();
        assertThat(regels).hasSize(1);
        return regels.get(0);
    }

    @Test
    void aPassedDueDateMakesTheGateOverdueUntilItIsMoved() {
        Instant past = OpgaveHistory.T0.plus(28, ChronoUnit.DAYS);
        history.add(opened("gate_a", past));
        project();
        assertThat(line().openGate().uiterlijkOp()).isEqualTo(past);
        assertThat(line().achterstalligeGates()).isEqualTo(1);
        assertThat(detailRepository.find(history.opgaveId()).orElseThrow().openGate().uiterlijkOp()).isEqualTo(past);

        Instant future = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        history.add(new GatePlannedEvent(history.opgaveId(), "gate_a", "Gate gate_a", future, past,
                history.by("pb", "PROJECTBUREAU", "Raadsbehandeling verschoven")));
        project();
        assertThat(line().openGate().uiterlijkOp()).isEqualTo(future);
        assertThat(line().achterstalligeGates()).isZero();
        assertThat(detailRepository.find(history.opgaveId()).orElseThrow().openGate().uiterlijkOp()).isEqualTo(future);

        Verantwoording v = verantwoordingRepository.find(history.opgaveId(), null, null).orElseThrow();
        assertThat(v.afwijkingen()).singleElement().satisfies(a -> {
            assertThat(a.soort()).isEqualTo(AfwijkingSoort.GATE_VERZET.name());
            assertThat(a.verantwoording()).isEqualTo("Raadsbehandeling verschoven");
            assertThat(a.door()).isEqualTo("pb");
        });
    }

    @Test
    void aLateRedoIsTwoDeviationsEachWithTheDecisionsRationale() {
        Instant due = OpgaveHistory.T0.plus(1, ChronoUnit.DAYS);
        history.add(opened("gate_a", due));
        Attribution late = new Attribution("wethouder Jansen", "BESTUURLIJK_OPDRACHTGEVER",
                due.plus(3, ChronoUnit.DAYS).plusSeconds(60), "Plan onvolledig; wachtte op de raad");
        history.add(new GateDecidedEvent(history.opgaveId(), "gate_a", "Gate gate_a", "fase_a", "OVERDOEN", null, null,
                null, null, late, "sleutel-gate_a", due));
        project();

        Verantwoording v = verantwoordingRepository.find(history.opgaveId(), null, null).orElseThrow();
        assertThat(v.afwijkingen()).extracting(Verantwoording.Afwijking::soort)
                .containsExactlyInAnyOrder(AfwijkingSoort.OVERDOEN.name(), AfwijkingSoort.GATE_TE_LAAT.name());
        assertThat(v.afwijkingen()).allSatisfy(a ->
                assertThat(a.verantwoording()).isEqualTo("Plan onvolledig; wachtte op de raad"));
        assertThat(v.afwijkingen()).filteredOn(a -> a.soort().equals(AfwijkingSoort.GATE_TE_LAAT.name()))
                .singleElement().satisfies(a -> assertThat(a.omschrijving()).contains("3 dagen te laat"));
        assertThat(line().openGate()).isNull();
        assertThat(line().achterstalligeGates()).isZero();
    }

    @Test
    void aGateWithoutDueDateIsNeverOverdue() {
        history.add(opened("gate_a", null));
        project();
        assertThat(line().openGate().uiterlijkOp()).isNull();
        assertThat(line().achterstalligeGates()).isZero();
    }
}
