package nl.opgaveengine.query.gebied;

import static nl.opgaveengine.query.support.Timestamps.fromDb;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Composes the area view from the list of areas and the portfolio, initiatives, players and lessons views: what runs
 * in an area (and in its buurten), its players (by their own area or through an opgave or initiative there), the
 * gates waiting for a decision and the reports still due. Each of those
 * views is replayable on its own; this repository only reads them.
 */
@Repository
public class GebiedsbeeldRepository {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public GebiedsbeeldRepository(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** An area on the list, with its counts. */
    public record Gebied(String code, String naam, String soort, String bovenliggendGebied, long lopendeOpgaven,
                         long openInitiatieven) {
    }

    /** Everything in view for one area. */
    public record Gebiedsbeeld(Gebied gebied, List<String> buurten, List<Opgave> opgaven, List<Initiatief> initiatieven,
                               List<Speler> spelers, List<Gate> komendeGates, List<Rapportage> komendeRapportages,
                               long aantalLessen, List<Les> recenteLessen) {
    }

    /** An opgave in the area. */
    public record Opgave(String id, String titel, String thema, String gebied, String werkwijze, String status,
                         String fase) {
    }

    /** An initiative in the area. */
    public record Initiatief(String id, String titel, String thema, String gebied, String status, String strategie,
                             String initiatiefnemer, String opgaveId) {
    }

    /**
     * A player in the area: a holder of a role of an opgave, the initiator of an opgave or of an initiative — either
     * belonging to the area ({@code gebied}, the player's own area, when given) or acting in an opgave or initiative of
     * the area.
     */
    public record Speler(String persoon, String rol, String opgaveId, String initiatiefId, String organisatie,
                         String gebied) {
    }

    /** A gate waiting for a decision. */
    public record Gate(String opgaveId, String titel, String gate, String beslisser, Instant geopendOp) {
    }

    /** A P&C moment whose report some running opgaven of the area still owe. */
    public record Rapportage(String momentId, String naam, LocalDate peildatum, LocalDate deadline,
                             List<String> opgavenZonderRapportage) {
    }

    /** A lesson learned in the area. */
    public record Les(String id, String opgaveId, String geleerd, String voorWie, Instant vastgelegdOp) {
    }

    @Transactional(readOnly = true)
    public List<Gebied> gebieden(String soort) {
        String where = soort == null ? "" : " where g.soort = ?";
        Object[] args = soort == null ? new Object[0] : new Object[] {soort};
        return jdbc.query("""
                select g.*,
                  (select count(*) from qs_portfolio p where lower(p.gebied) = lower(g.code)
                     and p.status in ('GEREGISTREERD', 'INTAKE_GEDAAN', 'LOPEND', 'OMGEZET')) as opgaven,
                  (select count(*) from qs_initiatief i where lower(i.gebied) = lower(g.code)
                     and i.status in ('INGEDIEND', 'AANVAARD')) as initiatieven
                from qs_gebied g""" + where + " order by g.soort, g.code", (rs, i) -> new Gebied(rs.getString("code"),
                rs.getString("naam"), rs.getString("soort"), rs.getString("bovenliggend_gebied"), rs.getLong("opgaven"),
                rs.getLong("initiatieven")), args);
    }

    @Transactional(readOnly = true)
    public Optional<Gebiedsbeeld> gebiedsbeeld(String code) {
        List<Gebied> found = gebieden(null).stream().filter(g -> g.code().equalsIgnoreCase(code)).toList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Gebied gebied = found.get(0);
        List<String> buurten = jdbc.queryForList("select code from qs_gebied where lower(bovenliggend_gebied) = lower(?)"
                + " order by code", String.class, gebied.code());
        List<Object> codes = new ArrayList<>();
        codes.add(gebied.code().toLowerCase(Locale.ROOT));
        buurten.forEach(b -> codes.add(b.toLowerCase(Locale.ROOT)));
        String in = "(" + String.join(", ", Collections.nCopies(codes.size(), "?")) + ")";

        List<Opgave> opgaven = jdbc.query("select * from qs_portfolio where lower(gebied) in " + in
                + " order by geregistreerd_op desc, opgave_id", (rs, i) -> new Opgave(rs.getString("opgave_id"),
                rs.getString("titel"), rs.getString("thema"), rs.getString("gebied"), rs.getString("werkwijze"),
                rs.getString("status"), rs.getString("fase_naam")), codes.toArray());
        List<Initiatief> initiatieven = jdbc.query("select * from qs_initiatief where lower(gebied) in " + in
                + " order by ingediend_op desc, initiatief_id", (rs, i) -> new Initiatief(rs.getString("initiatief_id"),
                rs.getString("titel"), rs.getString("thema"), rs.getString("gebied"), rs.getString("status"),
                rs.getString("strategie"), rs.getString("initiatiefnemer"), rs.getString("opgave_id")), codes.toArray());

        List<Object> spelerArgs = new ArrayList<>(codes);
        spelerArgs.addAll(codes);
        spelerArgs.addAll(codes);
        List<Speler> spelers = jdbc.query("""
                select s.* from qs_gebied_speler s
                left join qs_portfolio p on p.opgave_id = s.opgave_id
                left join qs_initiatief i on i.initiatief_id = s.initiatief_id
                where lower(s.gebied) in """ + in + " or lower(p.gebied) in " + in + " or lower(i.gebied) in " + in
                + " order by s.persoon, s.rol, s.opgave_id, s.initiatief_id, s.event_id",
                (rs, i) -> new Speler(rs.getString("persoon"), rs.getString("rol"), rs.getString("opgave_id"),
                        rs.getString("initiatief_id"), rs.getString("organisatie"), rs.getString("gebied")),
                spelerArgs.toArray());

        List<Gate> gates = jdbc.query("select * from qs_portfolio where gate_id is not null and lower(gebied) in " + in
                + " order by gate_geopend_op, opgave_id", (rs, i) -> new Gate(rs.getString("opgave_id"),
                rs.getString("titel"), rs.getString("gate_naam"), rs.getString("gate_beslisser"),
                fromDb(rs, "gate_geopend_op")), codes.toArray());

        Map<String, Rapportage> rapportages = new LinkedHashMap<>();
        List<Object> args = new ArrayList<>();
        args.add(Date.valueOf(LocalDate.now(clock)));
        args.addAll(codes);
        jdbc.query("""
                select m.moment_id, m.naam, m.peildatum, m.deadline, p.opgave_id from qs_portfolio_pc_moment m
                join qs_portfolio p on p.status = 'LOPEND' and p.geregistreerd_op < m.peil_eind
                where m.deadline >= ? and lower(p.gebied) in """ + in + """
                  and not exists (select 1 from qs_portfolio_rapportage r
                                  where r.opgave_id = p.opgave_id and r.moment_id = m.moment_id)
                order by m.deadline, m.moment_id, p.opgave_id""", rs -> {
                    Rapportage r = rapportages.computeIfAbsent(rs.getString("moment_id"), id -> {
                        try {
                            return new Rapportage(id, rs.getString("naam"), rs.getDate("peildatum").toLocalDate(),
                                    rs.getDate("deadline").toLocalDate(), new ArrayList<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    r.opgavenZonderRapportage().add(rs.getString("opgave_id"));
                }, args.toArray());

        Long aantalLessen = jdbc.queryForObject("""
                select count(*) from qs_les l join qs_les_opgave o on o.opgave_id = l.opgave_id
                where lower(o.gebied) in """ + in, Long.class, codes.toArray());
        List<Object> lesArgs = new ArrayList<>(codes);
        lesArgs.add(10);
        List<Les> lessen = jdbc.query("""
                select l.* from qs_les l join qs_les_opgave o on o.opgave_id = l.opgave_id
                where lower(o.gebied) in """ + in + " order by l.vastgelegd_op desc, l.les_id limit ?",
                (rs, i) -> new Les(rs.getString("les_id"), rs.getString("opgave_id"), rs.getString("geleerd"),
                        rs.getString("voor_wie"), fromDb(rs, "vastgelegd_op")), lesArgs.toArray());

        return Optional.of(new Gebiedsbeeld(gebied, buurten, opgaven, initiatieven, spelers, gates,
                rapportages.values().stream().map(r -> new Rapportage(r.momentId(), r.naam(), r.peildatum(),
                        r.deadline(), List.copyOf(r.opgavenZonderRapportage()))).toList(),
                aantalLessen == null ? 0 : aantalLessen, lessen));
    }
}
