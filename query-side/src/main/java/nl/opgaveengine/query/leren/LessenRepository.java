package nl.opgaveengine.query.leren;

import static nl.opgaveengine.query.support.Timestamps.fromDb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.opgaveengine.query.support.Pagina;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the lessons register. A lesson's werkwijze and theme are its own tags, or else those of its opgave; its
 * area is always its opgave's.
 */
@Repository
public class LessenRepository {

    private static final String LES = """
            select l.*, o.titel as opgave_titel, o.gebied,
                   coalesce(l.thema, o.thema) as eff_thema,
                   coalesce(l.werkwijze, o.werkwijze, o.geadviseerde_werkwijze) as eff_werkwijze
            from qs_les l left join qs_les_opgave o on o.opgave_id = l.opgave_id""";

    private final JdbcTemplate jdbc;

    public LessenRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One lesson in the register. */
    public record Les(String id, String opgaveId, String opgaveTitel, String bron, String bronReferentie,
                      String watGebeurde, String geleerd, String voorWie, String werkwijze, String thema, String gebied,
                      String veld, String gotikAspect, String vastgelegdDoor, String rol, Instant vastgelegdOp,
                      List<Lezing> gelezen) {
    }

    /** Who read the lesson, for which opgave, when. */
    public record Lezing(String opgaveId, String door, String rol, Instant op) {
    }

    /** The register's filters; null does not filter; {@code tekst} searches what happened, what was learned and for whom. */
    public record Filter(String tekst, String thema, String gebied, String werkwijze, String veld, String gotikAspect,
                         String bron, String opgaveId) {
    }

    /** A lesson offered at the intake of an opgave, with why it is similar and whether it was read for it. */
    public record Aangeboden(Les les, List<String> gelijkOp, boolean gelezen) {
    }

    @Transactional(readOnly = true)
    public Pagina<Les> zoek(Filter filter, int pagina, int grootte) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        eq(where, args, "lower(coalesce(l.thema, o.thema))", lower(filter.thema()));
        eq(where, args, "lower(o.gebied)", lower(filter.gebied()));
        eq(where, args, "coalesce(l.werkwijze, o.werkwijze, o.geadviseerde_werkwijze)", filter.werkwijze());
        eq(where, args, "l.veld", filter.veld());
        eq(where, args, "l.gotik_aspect", filter.gotikAspect());
        eq(where, args, "l.bron", filter.bron());
        eq(where, args, "l.opgave_id", filter.opgaveId());
        if (filter.tekst() != null) {
            where.append(" and (lower(l.wat_gebeurde) like ? or lower(l.geleerd) like ? or lower(l.voor_wie) like ?)");
            String like = "%" + filter.tekst().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
            args.add(like);
            args.add(like);
            args.add(like);
        }
        Long total = jdbc.queryForObject("select count(*) from qs_les l left join qs_les_opgave o on o.opgave_id = l.opgave_id"
                + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(grootte);
        pageArgs.add((long) (pagina - 1) * grootte);
        List<Les> lessen = lessen(LES + where + " order by l.vastgelegd_op desc, l.les_id limit ? offset ?",
                pageArgs.toArray());
        return new Pagina<>(lessen, pagina, grootte, total == null ? 0 : total);
    }

    @Transactional(readOnly = true)
    public Optional<Les> les(String lesId) {
        return lessen(LES + " where l.les_id = ?", new Object[] {lesId}).stream().findFirst();
    }

    public boolean opgaveBekend(String opgaveId) {
        Long n = jdbc.queryForObject("select count(*) from qs_les_opgave where opgave_id = ?", Long.class, opgaveId);
        return n != null && n > 0;
    }

    /**
     * The lessons of other opgaven with the same theme, area or werkwijze (chosen, or else advised at intake) as this
     * opgave, newest first, each saying what it has in common and whether it was read for this opgave.
     */
    @Transactional(readOnly = true)
    public List<Aangeboden> aangeboden(String opgaveId, int max) {
        List<String[]> opgave = jdbc.query("""
                select lower(thema) as thema, lower(gebied) as gebied, coalesce(werkwijze, geadviseerde_werkwijze) as werkwijze
                from qs_les_opgave where opgave_id = ?""",
                (rs, i) -> new String[] {rs.getString("thema"), rs.getString("gebied"), rs.getString("werkwijze")},
                opgaveId);
        if (opgave.isEmpty()) {
            return List.of();
        }
        return aangeboden(opgaveId, opgave.get(0)[0], opgave.get(0)[1], opgave.get(0)[2], max);
    }

    /**
     * The lessons of opgaven other than {@code opgaveId} with this theme, area or werkwijze (matched without regard
     * to case; a null one matches nothing), newest first: what the intake of the opgave offers before the opgave
     * itself is in this view.
     */
    @Transactional(readOnly = true)
    public List<Aangeboden> aangeboden(String opgaveId, String themaOfNull, String gebiedOfNull, String werkwijze,
                                       int max) {
        String thema = lower(themaOfNull);
        String gebied = lower(gebiedOfNull);
        List<Les> lessen = lessen(LES + " where " + """
                 l.opgave_id <> ? and (lower(coalesce(l.thema, o.thema)) = ? or lower(o.gebied) = ?
                       or coalesce(l.werkwijze, o.werkwijze, o.geadviseerde_werkwijze) = ?)
                 order by l.vastgelegd_op desc, l.les_id limit ?""",
                new Object[] {opgaveId, thema, gebied, werkwijze, max});
        return lessen.stream().map(les -> {
            List<String> gelijk = new ArrayList<>();
            if (thema != null && les.thema() != null && thema.equals(les.thema().toLowerCase(Locale.ROOT))) {
                gelijk.add("thema");
            }
            if (gebied != null && les.gebied() != null && gebied.equals(les.gebied().toLowerCase(Locale.ROOT))) {
                gelijk.add("gebied");
            }
            if (werkwijze != null && werkwijze.equals(les.werkwijze())) {
                gelijk.add("werkwijze");
            }
            boolean gelezen = les.gelezen().stream().anyMatch(l -> opgaveId.equals(l.opgaveId()));
            return new Aangeboden(les, List.copyOf(gelijk), gelezen);
        }).toList();
    }

    private List<Les> lessen(String sql, Object[] args) {
        List<Les> lessen = jdbc.query(sql, (rs, i) -> les(rs, List.of()), args);
        if (lessen.isEmpty()) {
            return lessen;
        }
        Map<String, List<Lezing>> lezingen = new HashMap<>();
        List<String> ids = lessen.stream().map(Les::id).toList();
        jdbc.query("select * from qs_les_gelezen where les_id in (" + String.join(", ", java.util.Collections.nCopies(ids.size(), "?"))
                + ") order by gelezen_op, opgave_id, gelezen_door", rs -> {
                    lezingen.computeIfAbsent(rs.getString("les_id"), k -> new ArrayList<>()).add(new Lezing(
                            rs.getString("opgave_id"), rs.getString("gelezen_door"), rs.getString("gelezen_rol"),
                            fromDb(rs, "gelezen_op")));
                }, ids.toArray());
        return lessen.stream().map(l -> new Les(l.id(), l.opgaveId(), l.opgaveTitel(), l.bron(), l.bronReferentie(),
                l.watGebeurde(), l.geleerd(), l.voorWie(), l.werkwijze(), l.thema(), l.gebied(), l.veld(),
                l.gotikAspect(), l.vastgelegdDoor(), l.rol(), l.vastgelegdOp(),
                List.copyOf(lezingen.getOrDefault(l.id(), List.of())))).toList();
    }

    private static Les les(ResultSet rs, List<Lezing> gelezen) throws SQLException {
        return new Les(rs.getString("les_id"), rs.getString("opgave_id"), rs.getString("opgave_titel"),
                rs.getString("bron"), rs.getString("bron_referentie"), rs.getString("wat_gebeurde"),
                rs.getString("geleerd"), rs.getString("voor_wie"), rs.getString("eff_werkwijze"),
                rs.getString("eff_thema"), rs.getString("gebied"), rs.getString("veld"), rs.getString("gotik_aspect"),
                rs.getString("vastgelegd_door"), rs.getString("vastgelegd_rol"), fromDb(rs, "vastgelegd_op"), gelezen);
    }

    private static void eq(StringBuilder where, List<Object> args, String column, String value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = ?");
            args.add(value);
        }
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
