package nl.opgaveengine.query.verantwoording;

import nl.opgaveengine.query.support.Pagina;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static nl.opgaveengine.query.support.Timestamps.fromDb;
import static nl.opgaveengine.query.support.Timestamps.toDb;

/** Reads the verantwoording view. */
@Repository
public class VerantwoordingRepository {

    static final String OPMERKING = "Een gate is te laat (GATE_TE_LAAT) als erover besloten is na zijn uiterste datum:"
            + " de termijn uit het procesmodel of de planning van het projectbureau. Een gate zonder uiterste datum is"
            + " nooit te laat.";

    private final JdbcTemplate jdbc;

    public VerantwoordingRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The account of one opgave, optionally only what this person did or what was done in this role. */
    @Transactional(readOnly = true)
    public Optional<Verantwoording> find(String opgaveId, String persoon, String rol) {
        List<String> titel = jdbc.queryForList("select titel from qs_vw_opgave where opgave_id = ?", String.class, opgaveId);
        if (titel.isEmpty()) {
            return Optional.empty();
        }
        BesluitFilter filter = new BesluitFilter(opgaveId, persoon, rol, null, null, null, null);
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        List<Verantwoording.Besluit> besluiten = jdbc.query("select * from qs_vw_besluit" + where
                + " order by tijdstip, volgnummer, event_id", (rs, i) -> besluit(rs), args.toArray());
        List<Object> afwijkingArgs = new ArrayList<>(List.of(opgaveId));
        StringBuilder afwijkingWhere = new StringBuilder(" where opgave_id = ?");
        if (persoon != null) {
            afwijkingWhere.append(" and actor = ?");
            afwijkingArgs.add(persoon);
        }
        if (rol != null) {
            afwijkingWhere.append(" and rol = ?");
            afwijkingArgs.add(rol);
        }
        List<Verantwoording.Afwijking> afwijkingen = jdbc.query("select * from qs_vw_afwijking" + afwijkingWhere
                + " order by tijdstip, volgnummer, event_id", (rs, i) -> afwijking(rs), afwijkingArgs.toArray());
        List<Object> mandaatArgs = new ArrayList<>(List.of(opgaveId));
        StringBuilder mandaatWhere = new StringBuilder(" where opgave_id = ?");
        if (persoon != null) {
            mandaatWhere.append(" and persoon = ?");
            mandaatArgs.add(persoon);
        }
        if (rol != null) {
            mandaatWhere.append(" and rol = ?");
            mandaatArgs.add(rol);
        }
        List<Verantwoording.Mandaat> mandaten = jdbc.query("select * from qs_vw_mandaat" + mandaatWhere
                + " order by van, volgnummer, event_id", (rs, i) -> mandaat(rs), mandaatArgs.toArray());
        return Optional.of(new Verantwoording(opgaveId, titel.get(0), besluiten, afwijkingen, mandaten, OPMERKING));
    }

    /** One page of decisions across opgaven, newest first. */
    @Transactional(readOnly = true)
    public Pagina<Verantwoording.Besluit> besluiten(BesluitFilter filter, int pagina, int grootte) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        Long total = jdbc.queryForObject("select count(*) from qs_vw_besluit" + where, Long.class, args.toArray());
        args.add(grootte);
        args.add((long) (pagina - 1) * grootte);
        List<Verantwoording.Besluit> rows = jdbc.query("select * from qs_vw_besluit" + where
                + " order by tijdstip desc, volgnummer desc, event_id limit ? offset ?", (rs, i) -> besluit(rs), args.toArray());
        return new Pagina<>(rows, pagina, grootte, total == null ? 0 : total);
    }

    /** The mandate history of one person across opgaven. */
    @Transactional(readOnly = true)
    public List<Verantwoording.Mandaat> mandatenVan(String persoon) {
        return jdbc.query("select * from qs_vw_mandaat where persoon = ? order by van, opgave_id, volgnummer",
                (rs, i) -> mandaat(rs), persoon);
    }

    private static String where(BesluitFilter filter, List<Object> args) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        add(where, args, "opgave_id = ?", filter.opgaveId());
        add(where, args, "actor = ?", filter.persoon());
        add(where, args, "rol = ?", filter.rol());
        add(where, args, "soort = ?", filter.soort());
        add(where, args, "tijdstip >= ?", filter.van() == null ? null : toDb(filter.van()));
        add(where, args, "tijdstip < ?", filter.tot() == null ? null : toDb(filter.tot()));
        if (filter.afwijkend() != null) {
            where.append(filter.afwijkend() ? " and afwijking is not null" : " and afwijking is null");
        }
        return where.toString();
    }

    private static void add(StringBuilder where, List<Object> args, String condition, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            args.add(value);
        }
    }

    private static Verantwoording.Besluit besluit(ResultSet rs) throws SQLException {
        Verantwoording.Document document = rs.getString("document_id") == null && rs.getString("document_hash") == null
                ? null : new Verantwoording.Document(rs.getString("document_id"), rs.getString("document_naam"),
                rs.getString("document_versie"), rs.getString("document_hash"));
        return new Verantwoording.Besluit(rs.getString("event_id"), rs.getString("opgave_id"), rs.getString("soort"),
                rs.getString("onderwerp"), rs.getString("uitkomst"), rs.getString("actor"), rs.getString("rol"),
                fromDb(rs, "tijdstip"), rs.getString("reden"), document, rs.getString("afwijking"));
    }

    private static Verantwoording.Afwijking afwijking(ResultSet rs) throws SQLException {
        return new Verantwoording.Afwijking(rs.getString("event_id"), rs.getString("soort"), rs.getString("onderwerp"),
                rs.getString("omschrijving"), rs.getString("actor"), rs.getString("rol"), fromDb(rs, "tijdstip"),
                rs.getString("verantwoording"));
    }

    private static Verantwoording.Mandaat mandaat(ResultSet rs) throws SQLException {
        return new Verantwoording.Mandaat(rs.getString("opgave_id"), rs.getString("rol"), rs.getString("persoon"), fromDb(rs, "van"),
                fromDb(rs, "tot"), rs.getString("toegewezen_door"), rs.getString("toegewezen_in_rol"),
                rs.getString("toegewezen_reden"), rs.getString("beeindigd_door"), rs.getString("beeindigd_in_rol"),
                rs.getString("beeindigd_reden"));
    }
}
