package nl.opgaveengine.query.prioritering;

import static nl.opgaveengine.query.support.Timestamps.fromDb;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opgaveengine.query.prioritering.PrioriteringViews.Agendapunt;
import nl.opgaveengine.query.prioritering.PrioriteringViews.Besluit;
import nl.opgaveengine.query.prioritering.PrioriteringViews.Besluitregel;
import nl.opgaveengine.query.prioritering.PrioriteringViews.Keuze;
import nl.opgaveengine.query.prioritering.PrioriteringViews.Koppeling;
import nl.opgaveengine.query.prioritering.PrioriteringViews.Prioriteit;
import nl.opgaveengine.query.prioritering.PrioriteringViews.Ronde;
import nl.opgaveengine.query.prioritering.PrioriteringViews.RondeRegel;
import nl.opgaveengine.query.prioritering.PrioriteringViews.Score;
import nl.opgaveengine.query.support.JsonText;
import nl.opgaveengine.query.support.Pagina;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads the prioritisation views. */
@Repository
public class PrioriteringRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Integer>> SCORES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;

    public PrioriteringRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Agendapunt> agendapunten(String soort, boolean ookIngetrokken) {
        StringBuilder sql = new StringBuilder("""
                select a.*, (select count(*) from qs_agendakoppeling k where k.agendapunt_id = a.agendapunt_id) as aantal
                from qs_agendapunt a where 1 = 1""");
        List<Object> args = new ArrayList<>();
        if (soort != null) {
            sql.append(" and a.soort = ?");
            args.add(soort);
        }
        if (!ookIngetrokken) {
            sql.append(" and a.ingetrokken = false");
        }
        sql.append(" order by a.soort, a.naam, a.agendapunt_id");
        return jdbc.query(sql.toString(), (rs, i) -> new Agendapunt(rs.getString("agendapunt_id"), rs.getString("soort"),
                rs.getString("naam"), rs.getString("omschrijving"), rs.getString("bovenliggend_id"),
                rs.getBoolean("ingetrokken"), rs.getString("ingetrokken_reden"), rs.getString("toegevoegd_door"),
                fromDb(rs, "toegevoegd_op"), rs.getInt("aantal")), args.toArray());
    }

    @Transactional(readOnly = true)
    public Pagina<RondeRegel> rondes(String status, int pagina, int grootte) {
        String where = status == null ? "" : " where r.status = ?";
        Object[] filter = status == null ? new Object[0] : new Object[] {status};
        Long total = jdbc.queryForObject("select count(*) from qs_ronde r" + where, Long.class, filter);
        List<Object> args = new ArrayList<>(List.of(filter));
        args.add(grootte);
        args.add((long) (pagina - 1) * grootte);
        List<RondeRegel> regels = jdbc.query("""
                select r.*, (select count(*) from qs_ronde_score s where s.ronde_id = r.ronde_id) as aantal
                from qs_ronde r""" + where + " order by r.geopend_op desc, r.ronde_id limit ? offset ?",
                (rs, i) -> new RondeRegel(rs.getString("ronde_id"), rs.getString("naam"), rs.getString("status"),
                        fromDb(rs, "geopend_op"), fromDb(rs, "besloten_op"), rs.getInt("aantal")), args.toArray());
        return new Pagina<>(regels, pagina, grootte, total == null ? 0 : total);
    }

    @Transactional(readOnly = true)
    public Optional<Ronde> ronde(String rondeId) {
        List<Ronde> found = jdbc.query("select * from qs_ronde where ronde_id = ?", (rs, i) -> {
            List<Score> scores = jdbc.query("""
                    select s.*, o.titel from qs_ronde_score s left join qs_prio_opgave o on o.opgave_id = s.opgave_id
                    where s.ronde_id = ? order by s.totaal desc, s.opgave_id""",
                    (r, j) -> new Score(r.getString("opgave_id"), r.getString("titel"), scores(r.getString("scores")),
                            r.getInt("totaal"), r.getString("gescoord_door"), fromDb(r, "gescoord_op"),
                            r.getString("toelichting")), rondeId);
            Besluit besluit = null;
            if ("BESLOTEN".equals(rs.getString("status"))) {
                List<Keuze> keuzes = jdbc.query("""
                        select k.*, o.titel from qs_ronde_keuze k left join qs_prio_opgave o on o.opgave_id = k.opgave_id
                        where k.ronde_id = ? order by k.rang, k.opgave_id""",
                        (r, j) -> new Keuze(r.getString("opgave_id"), r.getString("titel"), r.getInt("rang"),
                                r.getInt("totaal"), r.getString("keuze"), r.getString("reden")), rondeId);
                besluit = new Besluit(rs.getString("besloten_door"), rs.getString("besloten_rol"),
                        fromDb(rs, "besloten_op"), rs.getString("besluit_reden"), keuzes);
            }
            return new Ronde(rs.getString("ronde_id"), rs.getString("naam"), rs.getString("status"),
                    JsonText.readTree(rs.getString("criteria")), rs.getString("geopend_door"), fromDb(rs, "geopend_op"),
                    scores, besluit);
        }, rondeId);
        return found.stream().findFirst();
    }

    /**
     * The prioritised portfolio: every opgave linked to the agenda or decided in a round, by its current rank (the
     * latest decided round that included it), then title; optionally only those linked to one agenda item or with
     * one current choice.
     */
    @Transactional(readOnly = true)
    public Pagina<Prioriteit> prioriteiten(String agendapuntId, String keuze, int pagina, int grootte) {
        String huidig = """
                (select k.opgave_id, k.rang, k.keuze from qs_ronde_keuze k
                 where k.besloten_op = (select max(k2.besloten_op) from qs_ronde_keuze k2 where k2.opgave_id = k.opgave_id))""";
        StringBuilder where = new StringBuilder(" where ").append("""
                 (exists (select 1 from qs_agendakoppeling a where a.opgave_id = o.opgave_id)
                        or exists (select 1 from qs_ronde_keuze k where k.opgave_id = o.opgave_id))""");
        List<Object> args = new ArrayList<>();
        if (agendapuntId != null) {
            where.append(" and exists (select 1 from qs_agendakoppeling a where a.opgave_id = o.opgave_id and a.agendapunt_id = ?)");
            args.add(agendapuntId);
        }
        if (keuze != null) {
            where.append(" and h.keuze = ?");
            args.add(keuze);
        }
        String from = " from qs_prio_opgave o left join " + huidig + " h on h.opgave_id = o.opgave_id";
        Long total = jdbc.queryForObject("select count(*)" + from + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(grootte);
        pageArgs.add((long) (pagina - 1) * grootte);
        List<String[]> rows = jdbc.query("select o.*" + from + where
                        + " order by case when h.rang is null then 1 else 0 end, h.rang, o.titel, o.opgave_id limit ? offset ?",
                (rs, i) -> new String[] {rs.getString("opgave_id"), rs.getString("titel"), rs.getString("thema"),
                        rs.getString("gebied")}, pageArgs.toArray());
        List<String> ids = rows.stream().map(r -> r[0]).toList();
        Map<String, List<Besluitregel>> besluiten = besluiten(ids);
        Map<String, List<Koppeling>> koppelingen = koppelingen(ids);
        List<Prioriteit> regels = rows.stream().map(r -> {
            List<Besluitregel> history = besluiten.getOrDefault(r[0], List.of());
            return new Prioriteit(r[0], r[1], r[2], r[3], history.isEmpty() ? null : history.get(0),
                    koppelingen.getOrDefault(r[0], List.of()), history);
        }).toList();
        return new Pagina<>(regels, pagina, grootte, total == null ? 0 : total);
    }

    /** The prioritisation of one opgave, also when it has no link or decision yet; empty when the opgave is unknown. */
    @Transactional(readOnly = true)
    public Optional<Prioriteit> prioriteit(String opgaveId) {
        List<String[]> rows = jdbc.query("select * from qs_prio_opgave where opgave_id = ?",
                (rs, i) -> new String[] {rs.getString("opgave_id"), rs.getString("titel"), rs.getString("thema"),
                        rs.getString("gebied")}, opgaveId);
        return rows.stream().findFirst().map(r -> {
            List<Besluitregel> history = besluiten(List.of(opgaveId)).getOrDefault(opgaveId, List.of());
            return new Prioriteit(r[0], r[1], r[2], r[3], history.isEmpty() ? null : history.get(0),
                    koppelingen(List.of(opgaveId)).getOrDefault(opgaveId, List.of()), history);
        });
    }

    private Map<String, List<Besluitregel>> besluiten(List<String> ids) {
        Map<String, List<Besluitregel>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.query("""
                select k.*, r.naam, r.besloten_door, r.besloten_rol, r.besluit_reden from qs_ronde_keuze k
                join qs_ronde r on r.ronde_id = k.ronde_id
                where k.opgave_id in (""" + placeholders(ids.size()) + ") order by k.besloten_op desc, k.ronde_id",
                rs -> {
                    result.computeIfAbsent(rs.getString("opgave_id"), k -> new ArrayList<>()).add(besluitregel(rs));
                }, ids.toArray());
        return result;
    }

    private static Besluitregel besluitregel(ResultSet rs) throws SQLException {
        return new Besluitregel(rs.getString("ronde_id"), rs.getString("naam"), rs.getInt("rang"), rs.getInt("totaal"),
                rs.getString("keuze"), rs.getString("reden"), rs.getString("besloten_door"), rs.getString("besloten_rol"),
                fromDb(rs, "besloten_op"), rs.getString("besluit_reden"));
    }

    private Map<String, List<Koppeling>> koppelingen(List<String> ids) {
        Map<String, List<Koppeling>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.query("""
                select k.*, a.soort, a.naam, a.ingetrokken from qs_agendakoppeling k
                join qs_agendapunt a on a.agendapunt_id = k.agendapunt_id
                where k.opgave_id in (""" + placeholders(ids.size()) + ") order by a.soort, a.naam, k.agendapunt_id",
                rs -> {
                    result.computeIfAbsent(rs.getString("opgave_id"), k -> new ArrayList<>()).add(new Koppeling(
                            rs.getString("agendapunt_id"), rs.getString("soort"), rs.getString("naam"),
                            rs.getBoolean("ingetrokken"), rs.getString("gekoppeld_door"), fromDb(rs, "gekoppeld_op"),
                            rs.getString("reden")));
                }, ids.toArray());
        return result;
    }

    private static Map<String, Integer> scores(String json) {
        try {
            return JSON.readValue(json, SCORES);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Stored scores cannot be read: " + json, e);
        }
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
