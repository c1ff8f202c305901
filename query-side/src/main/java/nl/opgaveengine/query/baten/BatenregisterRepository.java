package nl.opgaveengine.query.baten;

import nl.opgaveengine.query.support.JsonText;
import nl.opgaveengine.query.support.Pagina;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static nl.opgaveengine.query.support.Timestamps.fromDb;

/** Reads the batenregister. */
@Repository
public class BatenregisterRepository {

    private static final String SELECT = """
            select b.*, o.titel as opgave_titel, o.status as opgave_status
            from qs_bt_baat b left join qs_bt_opgave o on o.opgave_id = b.opgave_id""";

    private final JdbcTemplate jdbc;

    public BatenregisterRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the register knows the opgave. */
    public boolean knowsOpgave(String opgaveId) {
        Integer n = jdbc.queryForObject("select count(*) from qs_bt_opgave where opgave_id = ?", Integer.class, opgaveId);
        return n != null && n > 0;
    }

    /** One page of baten, by opgave, goal and title. */
    @Transactional(readOnly = true)
    public Pagina<Baat> find(BatenFilter filter, int pagina, int grootte) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        add(where, args, "b.opgave_id = ?", filter.opgaveId());
        add(where, args, "b.doel = ?", filter.doel());
        add(where, args, "b.eigenaar = ?", filter.eigenaar());
        add(where, args, "b.status = ?", filter.status() == null ? null : filter.status().name());
        Long total = jdbc.queryForObject("select count(*) from qs_bt_baat b" + where, Long.class, args.toArray());
        args.add(grootte);
        args.add((long) (pagina - 1) * grootte);
        List<Baat> rows = jdbc.query(SELECT + where + " order by b.opgave_id, b.doel, b.titel, b.baat_id limit ? offset ?",
                (rs, i) -> baat(rs, false), args.toArray());
        return new Pagina<>(rows, pagina, grootte, total == null ? 0 : total);
    }

    /** One baat with every measure and handover. */
    @Transactional(readOnly = true)
    public Optional<Baat> find(String baatId) {
        return jdbc.query(SELECT + " where b.baat_id = ?", (rs, i) -> baat(rs, true), baatId).stream().findFirst();
    }

    private Baat baat(ResultSet rs, boolean detail) throws SQLException {
        String baatId = rs.getString("baat_id");
        List<Baat.Meting> metingen = jdbc.query("""
                select * from qs_bt_meting where baat_id = ? order by peildatum, volgnummer, event_id""",
                (m, i) -> meting(m), baatId);
        List<Baat.Overdracht> overdrachten = detail ? jdbc.query("""
                select * from qs_bt_overdracht where baat_id = ? order by volgnummer, event_id""",
                (o, i) -> overdracht(o), baatId) : null;
        return new Baat(baatId, rs.getString("opgave_id"), rs.getString("opgave_titel"), rs.getString("opgave_status"),
                rs.getString("titel"), rs.getString("doel"), rs.getString("indicator"), rs.getString("eenheid"),
                rs.getBigDecimal("nulmeting"), rs.getBigDecimal("streefwaarde"), date(rs, "streefdatum"),
                rs.getString("eigenaar"), fromDb(rs, "eigenaar_sinds"), rs.getString("status"),
                JsonText.readStrings(rs.getString("inspanningen")), laatste(metingen, "VERWACHT"),
                laatste(metingen, "GEREALISEERD"), fromDb(rs, "geregistreerd_op"), rs.getString("geregistreerd_door"),
                detail ? metingen : null, overdrachten);
    }

    private static Baat.Meting laatste(List<Baat.Meting> metingen, String soort) {
        Baat.Meting last = null;
        for (Baat.Meting meting : metingen) {
            if (soort.equals(meting.soort())) {
                last = meting;
            }
        }
        return last;
    }

    private static Baat.Meting meting(ResultSet rs) throws SQLException {
        return new Baat.Meting(rs.getString("soort"), date(rs, "peildatum"), rs.getBigDecimal("waarde"),
                fromDb(rs, "vastgelegd_op"), rs.getString("door"), rs.getString("in_rol"), rs.getString("toelichting"));
    }

    private static Baat.Overdracht overdracht(ResultSet rs) throws SQLException {
        return new Baat.Overdracht(rs.getString("van_eigenaar"), rs.getString("ontvanger"),
                rs.getString("ontvanger_soort"), rs.getString("organisatie"), fromDb(rs, "voorgesteld_op"),
                rs.getString("voorgesteld_door"), rs.getString("reden"), fromDb(rs, "geaccepteerd_op"),
                rs.getString("geaccepteerd_door"), rs.getString("geaccepteerd_reden"));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static void add(StringBuilder where, List<Object> args, String condition, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            args.add(value);
        }
    }
}
