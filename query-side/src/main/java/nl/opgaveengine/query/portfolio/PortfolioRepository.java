package nl.opgaveengine.query.portfolio;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.opgaveengine.query.support.Timestamps.fromDb;
import static nl.opgaveengine.query.support.Timestamps.toDb;

/** Reads the portfolio view, filtered, paged and grouped. */
@Repository
public class PortfolioRepository {

    /** The columns the portfolio can be grouped by (fixed names, never user input). */
    public static final Set<String> GROEPEN = Set.of("thema", "gebied", "werkwijze", "status");

    private static final String ACHTERSTALLIGE_RAPPORTAGES = """
            , (select count(*) from qs_portfolio_pc_moment m
                where m.deadline < ? and p.geregistreerd_op < m.peil_eind
                  and (p.afgesloten_op is null or p.afgesloten_op >= m.peil_begin)
                  and not exists (select 1 from qs_portfolio_rapportage r
                                  where r.opgave_id = p.opgave_id and r.moment_id = m.moment_id)) as achterstallig,
            case when p.gate_uiterlijk_op < ? then 1 else 0 end as gate_achterstallig""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public PortfolioRepository(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** How a page of the portfolio is ordered. */
    public enum Sortering {
        /** Newest registration first (the default). */
        REGISTRATIE,
        /** By current rank (best first); opgaven no round has ranked come last, newest registration first. */
        RANG
    }

    /**
     * The current rank of each opgave: the choice of the most recently decided round that included it (read from the
     * prioritisation view, which replays on its own).
     */
    private static final String HUIDIGE_RANG = """
            left join (select k.opgave_id, k.ronde_id, k.rang, k.totaal, k.keuze, k.besloten_op, r.naam as ronde_naam
                        from qs_ronde_keuze k join qs_ronde r on r.ronde_id = k.ronde_id
                        where not exists (select 1 from qs_ronde_keuze k2 where k2.opgave_id = k.opgave_id
                                          and (k2.besloten_op > k.besloten_op
                                               or (k2.besloten_op = k.besloten_op and k2.ronde_id > k.ronde_id)))) h
               on h.opgave_id = p.opgave_id""";

    /** One page (1-based) of the opgaven matching the filter, newest registration first. */
    @Transactional(readOnly = true)
    public PortfolioPagina find(PortfolioFilter filter, int pagina, int grootte) {
        return find(filter, pagina, grootte, Sortering.REGISTRATIE);
    }

    /** One page (1-based) of the opgaven matching the filter, in the given order. */
    @Transactional(readOnly = true)
    public PortfolioPagina find(PortfolioFilter filter, int pagina, int grootte, Sortering sortering) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> arguments = new ArrayList<>();
        condition(where, arguments, "thema", filter.thema());
        condition(where, arguments, "gebied", filter.gebied());
        condition(where, arguments, "werkwijze", filter.werkwijze() == null ? null : filter.werkwijze().name());
        condition(where, arguments, "status", filter.status() == null ? null : filter.status().name());

        Long total = jdbc.queryForObject("select count(*) from qs_portfolio p" + where, Long.class,
                arguments.toArray());
        List<Object> pageArguments = new ArrayList<>();
        pageArguments.add(Date.valueOf(LocalDate.now(clock)));
        pageArguments.add(toDb(clock.instant()));
        pageArguments.addAll(arguments);
        pageArguments.add(grootte);
        pageArguments.add((long) (pagina - 1) * grootte);
        String order = sortering == Sortering.RANG
                ? " order by case when h.rang is null then 1 else 0 end, h.rang, p.geregistreerd_op desc, p.opgave_id"
                : " order by p.geregistreerd_op desc, p.opgave_id";
        List<Row> rows = jdbc.query("select p.*, h.ronde_id as prio_ronde_id, h.rang as prio_rang, h.totaal as"
                        + " prio_totaal, h.keuze as prio_keuze, h.besloten_op as prio_besloten_op, h.ronde_naam as"
                        + " prio_ronde_naam" + ACHTERSTALLIGE_RAPPORTAGES + " from qs_portfolio p " + HUIDIGE_RANG
                        + where + order + " limit ? offset ?",
                (rs, i) -> new Row(rs), pageArguments.toArray());
        List<String> ids = rows.stream().map(r -> r.id).toList();
        Map<String, PortfolioRegel.Budget> budgets = budgets(ids);
        Map<String, List<PortfolioRegel.Koppeling>> koppelingen = koppelingen(ids);
        List<PortfolioRegel> regels = rows.stream().map(r -> r.regel(budgets.get(r.id),
                koppelingen.getOrDefault(r.id, List.of()))).toList();
        return new PortfolioPagina(regels, pagina, grootte, total == null ? 0 : total);
    }

    /** Counts per value of the grouping column (and per status within it), for the opgaven matching the filter. */
    @Transactional(readOnly = true)
    public List<Groep> groepen(String groeperenOp, PortfolioFilter filter) {
        if (!GROEPEN.contains(groeperenOp)) {
            throw new IllegalArgumentException(groeperenOp);
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> arguments = new ArrayList<>();
        condition(where, arguments, "thema", filter.thema());
        condition(where, arguments, "gebied", filter.gebied());
        condition(where, arguments, "werkwijze", filter.werkwijze() == null ? null : filter.werkwijze().name());
        condition(where, arguments, "status", filter.status() == null ? null : filter.status().name());
        Map<String, Map<String, Long>> perWaarde = new LinkedHashMap<>();
        jdbc.query("select p." + groeperenOp + " as waarde, p.status, count(*) as aantal from qs_portfolio p" + where
                + " group by p." + groeperenOp + ", p.status order by p." + groeperenOp + ", p.status", rs -> {
                    perWaarde.computeIfAbsent(rs.getString("waarde"), w -> new LinkedHashMap<>())
                            .put(rs.getString("status"), rs.getLong("aantal"));
                }, arguments.toArray());
        return perWaarde.entrySet().stream().map(e -> new Groep(e.getKey(),
                e.getValue().values().stream().mapToLong(Long::longValue).sum(), e.getValue())).toList();
    }

    /** One group: the value (null for opgaven without it), how many opgaven, and how many per status. */
    public record Groep(String waarde, long aantal, Map<String, Long> perStatus) {
    }

    private Map<String, PortfolioRegel.Budget> budgets(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, PortfolioRegel.Budget> budgets = new HashMap<>();
        jdbc.query("select * from qs_portfolio_rapportage where opgave_id in (" + placeholders(ids.size())
                + ") order by ingediend_op, moment_id", rs -> {
                    budgets.put(rs.getString("opgave_id"), new PortfolioRegel.Budget(rs.getBigDecimal("begroot"),
                            rs.getBigDecimal("besteed"), rs.getBigDecimal("prognose"), rs.getString("moment_id")));
                }, ids.toArray());
        return budgets;
    }

    private Map<String, List<PortfolioRegel.Koppeling>> koppelingen(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, List<PortfolioRegel.Koppeling>> links = new HashMap<>();
        List<Object> args = new ArrayList<>(ids);
        args.addAll(ids);
        jdbc.query("select * from qs_portfolio_koppeling where van_opgave_id in (" + placeholders(ids.size())
                + ") or naar_opgave_id in (" + placeholders(ids.size()) + ") order by baat_id, naar_opgave_id", rs -> {
                    String van = rs.getString("van_opgave_id");
                    String naar = rs.getString("naar_opgave_id");
                    String baat = rs.getString("baat_id");
                    String titel = rs.getString("baat_titel");
                    if (ids.contains(van)) {
                        links.computeIfAbsent(van, k -> new ArrayList<>())
                                .add(new PortfolioRegel.Koppeling("INSPANNING", naar, baat, titel));
                    }
                    if (ids.contains(naar)) {
                        links.computeIfAbsent(naar, k -> new ArrayList<>())
                                .add(new PortfolioRegel.Koppeling("DRAAGT_BIJ_AAN", van, baat, titel));
                    }
                }, args.toArray());
        return links;
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static void condition(StringBuilder where, List<Object> arguments, String column, String value) {
        if (value != null) {
            where.append(" and p.").append(column).append(" = ?");
            arguments.add(value);
        }
    }

    /** A row read before budgets and links are added. */
    private static final class Row {
        final String id;
        final PortfolioRegel regel;

        Row(ResultSet rs) throws SQLException {
            id = rs.getString("opgave_id");
            PortfolioRegel.Fase fase = rs.getString("fase_id") == null ? null
                    : new PortfolioRegel.Fase(rs.getString("fase_id"), rs.getString("fase_naam"));
            PortfolioRegel.OpenGate gate = rs.getString("gate_id") == null ? null
                    : new PortfolioRegel.OpenGate(rs.getString("gate_naam"), rs.getString("gate_beslisser"),
                    fromDb(rs, "gate_geopend_op"), fromDb(rs, "gate_uiterlijk_op"));
            regel = new PortfolioRegel(id, rs.getString("titel"), rs.getString("thema"),
                    rs.getString("gebied"), rs.getString("werkwijze"), rs.getString("status"), fase, gate,
                    new PortfolioRegel.Sturingsdriehoek(rs.getString("bestuurlijk_opdrachtgever"),
                            rs.getString("ambtelijk_opdrachtgever"), rs.getString("sturingsprofessional")),
                    fromDb(rs, "geregistreerd_op"), rs.getInt("gate_achterstallig"), rs.getInt("achterstallig"), null,
                    List.of(), rs.getString("prio_ronde_id") == null ? null : new PortfolioRegel.Prioriteit(
                            rs.getInt("prio_rang"), rs.getInt("prio_totaal"), rs.getString("prio_keuze"),
                            rs.getString("prio_ronde_id"), rs.getString("prio_ronde_naam"),
                            fromDb(rs, "prio_besloten_op"), "/v1/opgaven/" + id + "/prioriteit"));
        }

        PortfolioRegel regel(PortfolioRegel.Budget budget, List<PortfolioRegel.Koppeling> koppelingen) {
            return new PortfolioRegel(regel.id(), regel.titel(), regel.thema(), regel.gebied(), regel.werkwijze(),
                    regel.status(), regel.fase(), regel.openGate(), regel.sturingsdriehoek(), regel.geregistreerdOp(),
                    regel.achterstalligeGates(), regel.achterstalligeRapportages(), budget, List.copyOf(koppelingen),
                    regel.prioriteit());
        }
    }
}
