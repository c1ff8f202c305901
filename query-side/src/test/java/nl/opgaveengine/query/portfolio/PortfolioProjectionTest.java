package nl.opgaveengine.query.portfolio;

import nl.opgaveengine.api.opgave.OpgaveStatus;
import nl.opgaveengine.api.opgave.Rol;
import nl.opgaveengine.api.opgave.Werkwijze;
import nl.opgaveengine.query.OpgaveHistory;
import nl.opgaveengine.query.ProjectionDriver;
import nl.opgaveengine.query.QuerySideTest;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static nl.opgaveengine.query.OpgaveHistory.newOpgaveId;
import static org.assertj.core.api.Assertions.assertThat;

@QuerySideTest
class PortfolioProjectionTest {

    @Autowired
    PortfolioProjection projection;

    @Autowired
    PortfolioRepository repository;

    ProjectionDriver driver;
    String thema;

    @BeforeEach
    void setUp() {
        driver = new ProjectionDriver(projection);
        thema = "thema-" + UUID.randomUUID();
    }

    @Test
    void showsOneLinePerOpgaveWithFaseOpenGateAndSturingsdriehoek() {
        OpgaveHistory history = OpgaveHistory.projectAtSecondGate(newOpgaveId(), thema, "Noord");
        driver.handle(history.messages());

        assertThat(onlyLine()).isEqualTo(new PortfolioRegel(history.opgaveId(), "Klimaatadaptatie Noord", thema, "Noord",
                "PROJECT", "LOPEND", new PortfolioRegel.Fase("fase_definitie", "Definitie"),
                new PortfolioRegel.OpenGate("Go/no-go definitie", "BESTUURLIJK_OPDRACHTGEVER",
                        ((nl.opgaveengine.api.opgave.GateOpenedEvent) history.last().getPayload()).attribution().at(), null),
                new PortfolioRegel.Sturingsdriehoek("wethouder Jansen", "directeur De Vries", "klaas"),
                OpgaveHistory.T0.plusSeconds(3600), 0, 0, null, java.util.List.of()));
    }

    @Test
    void sturingsdriehoekFollowsRoleChangesAndIgnoresOtherRoles() {
        OpgaveHistory history = OpgaveHistory.of(newOpgaveId()).registered("Wijkaanpak", thema, "Zuid")
                .rolAssigned(Rol.STURINGSPROFESSIONAL, "piet")
                .rolAssigned(Rol.BELEIDSADVISEUR, "els")
                .rolEnded(Rol.STURINGSPROFESSIONAL, "piet");
        driver.handle(history.messages());

        assertThat(onlyLine().sturingsdriehoek()).isEqualTo(new PortfolioRegel.Sturingsdriehoek(null, null, null));
        assertThat(onlyLine().status()).isEqualTo("GEREGISTREERD");

        driver.handle(history.rolAssigned(Rol.STURINGSPROFESSIONAL, "klaas").last());
        assertThat(onlyLine().sturingsdriehoek().sturingsprofessional()).isEqualTo("klaas");
    }

    @Test
    void decidedGateAndClosingClearTheOpenGate() {
        OpgaveHistory history = OpgaveHistory.of(newOpgaveId()).registered("Wijkaanpak", thema, "Zuid")
                .gateOpened("gate_a", "Gate A", "fase_a", "Startdocument");
        driver.handle(history.messages());
        assertThat(onlyLine().openGate()).isEqualTo(new PortfolioRegel.OpenGate("Gate A", "BESTUURLIJK_OPDRACHTGEVER",
                ((nl.opgaveengine.api.opgave.GateOpenedEvent) history.last().getPayload()).attribution().at(), null));

        driver.handle(history.gateDecided("gate_a", "Gate A", "fase_a", "GO", "Startdocument", "1", "sha256:x").last());
        assertThat(onlyLine().openGate()).isNull();

        driver.handle(history.gateOpened("gate_b", "Gate B", "fase_b", "Projectplan").closed(OpgaveStatus.AFGEROND).messages());
        assertThat(onlyLine().openGate()).isNull();
        assertThat(onlyLine().status()).isEqualTo("AFGEROND");
    }

    @Test
    void filtersByThemaGebiedWerkwijzeAndStatusAndPages() {
        for (int i = 0; i < 5; i++) {
            OpgaveHistory history = OpgaveHistory.of(newOpgaveId())
                    .registered("Opgave " + i, thema, i % 2 == 0 ? "Noord" : "Zuid");
            if (i < 3) {
                history.intakeRecorded().werkwijzeChosen(i == 0 ? Werkwijze.PROGRAMMA : Werkwijze.PROJECT);
            }
            driver.handle(history.messages());
        }

        assertThat(repository.find(new PortfolioFilter(thema, "Noord", null, null), 1, 20).totaalAantal()).isEqualTo(3);
        assertThat(repository.find(new PortfolioFilter(thema, null, Werkwijze.PROJECT, null), 1, 20).totaalAantal()).isEqualTo(2);
        assertThat(repository.find(new PortfolioFilter(thema, null, null, OpgaveStatus.GEREGISTREERD), 1, 20).totaalAantal()).isEqualTo(2);
        assertThat(repository.find(new PortfolioFilter(thema, "Zuid", Werkwijze.PROJECT, OpgaveStatus.LOPEND), 1, 20)
                .regels()).extracting(PortfolioRegel::titel).containsExactly("Opgave 1");

        PortfolioPagina tweede = repository.find(new PortfolioFilter(thema, null, null, null), 2, 2);
        assertThat(tweede.regels()).hasSize(2);
        assertThat(tweede.totaalAantal()).isEqualTo(5);
        assertThat(tweede.totaalPaginas()).isEqualTo(3);
        assertThat(repository.find(new PortfolioFilter(thema, null, null, null), 4, 2).regels()).isEmpty();
    }

    @Test
    void redeliveryAndReplayGiveTheSameLines() {
        OpgaveHistory history = OpgaveHistory.projectAtSecondGate(newOpgaveId(), thema, "Noord");
        driver.handle(history.messages());
        PortfolioRegel before = onlyLine();

        driver.handle(history.messages());
        assertThat(onlyLine()).isEqualTo(before);

        driver.reset();
        assertThat(repository.find(new PortfolioFilter(thema, null, null, null), 1, 20).regels()).isEmpty();
        driver.handle(history.messages());
        assertThat(onlyLine()).isEqualTo(before);
    }

    @Test
    void ignoresEventsItDoesNotKnow() {
        driver.handle(GenericEventMessage.asEventMessage("not an opgave event"));
        driver.handle(OpgaveHistory.of(newOpgaveId()).registered("Wijkaanpak", thema, "Zuid").messages());

        assertThat(onlyLine().titel()).isEqualTo("Wijkaanpak");
    }

    private PortfolioRegel onlyLine() {
        var regels = repository.find(new PortfolioFilter(thema, null, null, null), 1, 20).regels();
        assertThat(regels).hasSize(1);
        return regels.get(0);
    }
}
