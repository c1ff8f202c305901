package nl.opgaveengine.query.pc;

import nl.opgaveengine.query.support.Pagina;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static nl.opgaveengine.query.support.Timestamps.fromDb;
import static nl.opgaveengine.query.support.Timestamps.toDb;

/** Reads the P&C report view: the calendar and, per moment, every opgave that must report. */
@Repository
public class PcRapportageRepository {

    private final JdbcTemplate jdbc;

    public PcRapportageRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The moments of a year (all years when null), in calendar order. */
    public List<PcMoment> momenten(Integer jaar) {
        return jaar == null
                ? jdbc.query("select * from qs_pc_moment order by peildatum, moment_id", (rs, i) -> moment(rs))
                : jdbc.query("select * from qs_pc_moment where jaar = ? order by peildatum, moment_id",
                (rs, i) -> moment(rs), jaar);
    }

    public Optional<PcMoment> moment(String momentId) {
        return jdbc.query("select * from qs_pc_moment where moment_id = ?", (rs, i) -> moment(rs), momentId)
                .stream().findFirst();
    }

    /**
     * The opgaven that must report at this moment (registered by its reference date and not closed before it) and
     * those that did report, with their report; {@code rapportage} filters on INGEDIEND, NA_DEADLINE_INGEDIEND, VERWACHT or ONTBREEKT.
     */
    @Transactional(readOnly = true)
    public Pagina<PcRapportageRegel> regels(PcMoment moment, LocalDate vandaag, String thema, String rapportage,
                                           int pagina, int grootte) {
        var peil = toDb(moment.peildatum().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        var peilStart = toDb(moment.peildatum().atStartOfDay(ZoneOffset.UTC).toInstant());
        boolean verlopen = vandaag.isAfter(moment.deadline());
        StringBuilder where = new StringBuilder(" " + """
                from qs_pc_opgave o left join qs_pc_rapportage r on r.opgave_id = o.opgave_id and r.moment_id = ?
                 where (r.rapportage_id is not null
                       or (o.geregistreerd_op < ? and (o.afgesloten_op is null or o.afgesloten_op >= ?)))""");
        List<Object> args = new ArrayList<>(List.of(moment.momentId(), peil, peilStart));
        if (thema != null) {
            where.append(" and o.thema = ?");
            args.add(thema);
        }
        if (rapportage != null) {
            switch (rapportage) {
                case "INGEDIEND" -> where.append(" and r.rapportage_id is not null and r.na_deadline = false");
                case "NA_DEADLINE_INGEDIEND" -> where.append(" and r.rapportage_id is not null and r.na_deadline = true");
                case "VERWACHT" -> where.append(verlopen ? " and 1 = 0" : " and r.rapportage_id is null");
                case "ONTBREEKT" -> where.append(verlopen ? " and r.rapportage_id is null" : " and 1 = 0");
                default -> throw new IllegalArgumentException(rapportage);
            }
        }
        Long total = jdbc.queryForObject("select count(*)" + where, Long.class, args.toArray());
        args.add(grootte);
        args.add((long) (pagina - 1) * grootte);
        List<PcRapportageRegel> rows = jdbc.query("select o.*, r.rapportage_id, r.versie, r.begroot, r.besteed, r.prognose,"
                        + " r.status as rapportage_status, r.toelichting, r.na_deadline, r.ingediend_op, r.ingediend_door"
                        + where + " order by o.thema, o.titel, o.opgave_id limit ? offset ?",
                (rs, i) -> regel(rs, verlopen), args.toArray());
        return new Pagina<>(rows, pagina, grootte, total == null ? 0 : total);
    }

    private static PcRapportageRegel regel(ResultSet rs, boolean verlopen) throws SQLException {
        boolean ingediend = rs.getString("rapportage_id") != null;
        String rapportage = ingediend ? (rs.getBoolean("na_deadline") ? "NA_DEADLINE_INGEDIEND" : "INGEDIEND")
                : verlopen ? "ONTBREEKT" : "VERWACHT";
        BigDecimal begroot = rs.getBigDecimal("begroot");
        BigDecimal besteed = rs.getBigDecimal("besteed");
        BigDecimal prognose = rs.getBigDecimal("prognose");
        BigDecimal restant = begroot == null || besteed == null ? null : begroot.subtract(besteed);
        BigDecimal percentage = begroot == null || besteed == null || begroot.signum() == 0 ? null
                : besteed.multiply(BigDecimal.valueOf(100)).divide(begroot, 1, RoundingMode.HALF_UP);
        BigDecimal afwijking = begroot == null || prognose == null ? null : prognose.subtract(begroot);
        int versie = rs.getInt("versie");
        return new PcRapportageRegel(rs.getString("opgave_id"), rs.getString("titel"), rs.getString("thema"),
                rs.getString("gebied"), rs.getString("werkwijze"), rs.getString("status"), rapportage,
                ingediend ? versie : null, begroot, besteed, restant, percentage, prognose, afwijking,
                rs.getString("rapportage_status"), rs.getString("toelichting"), fromDb(rs, "ingediend_op"),
                rs.getString("ingediend_door"));
    }

    private static PcMoment moment(ResultSet rs) throws SQLException {
        return new PcMoment(rs.getString("moment_id"), rs.getInt("jaar"), rs.getString("naam"), rs.getString("soort"),
                date(rs, "peildatum"), date(rs, "deadline"), fromDb(rs, "gepland_op"), rs.getString("gepland_door"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
