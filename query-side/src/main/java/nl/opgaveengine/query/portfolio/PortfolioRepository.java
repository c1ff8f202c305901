package nl.opgaveengine.query.portfolio;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static nl.opgaveengine.query.support.Timestamps.fromDb;

/** Reads the portfolio view, filtered and paged. */
@Repository
public class PortfolioRepository {

    private final JdbcTemplate jdbc;

    public PortfolioRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One page (1-based) of the opgaven matching the filter, newest registration first. */
    @Transactional(readOnly = true)
    public PortfolioPagina find(PortfolioFilter filter, int pagina, int grootte) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> arguments = new ArrayList<>();
        condition(where, arguments, "thema", filter.thema());
        condition(where, arguments, "gebied", filter.gebied());
        condition(where, arguments, "werkwijze", filter.werkwijze() == null ? null : filter.werkwijze().name());
        condition(where, arguments, "status", filter.status() == null ? null : filter.status().name());

        Long total = jdbc.queryForObject("select count(*) from qs_portfolio" + where, Long.class, arguments.toArray());
        List<Object> pageArguments = new ArrayList<>(arguments);
        pageArguments.add(grootte);
        pageArguments.add((long) (pagina - 1) * grootte);
        List<PortfolioRegel> regels = jdbc.query(
                "select * from qs_portfolio" + where + " order by geregistreerd_op desc, opgave_id limit ? offset ?",
                (rs, i) -> regel(rs), pageArguments.toArray());
        return new PortfolioPagina(regels, pagina, grootte, total == null ? 0 : total);
    }

    private static void condition(StringBuilder where, List<Object> arguments, String column, String value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = ?");
            arguments.add(value);
        }
    }

    private static PortfolioRegel regel(ResultSet rs) throws SQLException {
        PortfolioRegel.Fase fase = rs.getString("fase_id") == null ? null
                : new PortfolioRegel.Fase(rs.getString("fase_id"), rs.getString("fase_naam"));
        PortfolioRegel.OpenGate gate = rs.getString("gate_id") == null ? null
                : new PortfolioRegel.OpenGate(rs.getString("gate_naam"), rs.getString("gate_beslisser"));
        return new PortfolioRegel(rs.getString("opgave_id"), rs.getString("titel"), rs.getString("thema"),
                rs.getString("gebied"), rs.getString("werkwijze"), rs.getString("status"), fase, gate,
                new PortfolioRegel.Sturingsdriehoek(rs.getString("bestuurlijk_opdrachtgever"),
                        rs.getString("ambtelijk_opdrachtgever"), rs.getString("sturingsprofessional")),
                fromDb(rs, "geregistreerd_op"));
    }
}
