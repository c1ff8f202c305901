package nl.opgaveengine.query.views;

import nl.opgaveengine.query.ProjectionDriver;
import nl.opgaveengine.query.QuerySideTest;
import nl.opgaveengine.query.audit.GebeurtenissenProjection;
import nl.opgaveengine.query.audit.ProcesmodelVersiesProjection;
import nl.opgaveengine.query.baten.BatenregisterProjection;
import nl.opgaveengine.query.pc.PcRapportageProjection;
import nl.opgaveengine.query.portfolio.PortfolioProjection;
import nl.opgaveengine.query.verantwoording.VerantwoordingProjection;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each view projection, fed directly: redelivering every event changes no row, and unknown events pass by. */
@QuerySideTest
class NewProjectionsRedeliveryTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    VerantwoordingProjection verantwoording;

    @Autowired
    BatenregisterProjection batenregister;

    @Autowired
    PcRapportageProjection pcRapportage;

    @Autowired
    PortfolioProjection portfolio;

    @Autowired
    GebeurtenissenProjection gebeurtenissen;

    @Autowired
    ProcesmodelVersiesProjection procesmodellen;

    @Test
    void redeliveringEveryEventChangesNothing() {
        ViewsScenario scenario = new ViewsScenario();
        List<ProjectionDriver> drivers = List.of(verantwoording, batenregister, pcRapportage, portfolio, gebeurtenissen,
                procesmodellen).stream().map(ProjectionDriver::new).toList();
        List<EventMessage<?>> all = scenario.all();
        drivers.forEach(driver -> driver.handle(all));
        Map<String, List<String>> once = ViewTables.dump(jdbc, scenario.ids());
        assertThat(once.get("qs_vw_afwijking")).hasSize(5);
        assertThat(once.get("qs_bt_meting")).hasSize(2);
        assertThat(once.get("qs_pc_rapportage")).hasSize(1);
        assertThat(once.get("qs_procesmodel_versie")).hasSize(1);

        drivers.forEach(driver -> driver.handle(all));
        assertThat(ViewTables.dump(jdbc, scenario.ids())).isEqualTo(once);
    }

    @Test
    void anOlderReportArrivingLateDoesNotOverwriteANewerOne() {
        ViewsScenario scenario = new ViewsScenario();
        List<EventMessage<?>> all = scenario.all();
        List<EventMessage<?>> reports = all.stream()
                .filter(m -> m.getPayloadType().getSimpleName().equals("VoortgangsrapportageSubmittedEvent")).toList();
        ProjectionDriver driver = new ProjectionDriver(pcRapportage);
        driver.handle(reports.get(1));
        driver.handle(reports.get(0));

        assertThat(jdbc.queryForObject("select versie from qs_pc_rapportage where opgave_id = ?", Integer.class,
                scenario.project.opgaveId())).isEqualTo(2);
    }
}
