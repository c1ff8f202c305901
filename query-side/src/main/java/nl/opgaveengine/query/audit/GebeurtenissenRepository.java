package nl.opgaveengine.query.audit;

import nl.opgaveengine.query.support.JsonText;
import nl.opgaveengine.query.support.Pagina;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static nl.opgaveengine.query.support.Timestamps.fromDb;
import static nl.opgaveengine.query.support.Timestamps.toDb;

/** Reads the event history view and the deployed model versions. */
@Repository
public class GebeurtenissenRepository {

    /** Event store order: the global position, then the aggregate sequence, then arrival. */
    private static final String ORDER = " order by globale_positie, volgnummer, volgorde";

    private final JdbcTemplate jdbc;

    public GebeurtenissenRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The events of one opgave in the order they happened to it; empty when the opgave is unknown. */
    public List<Gebeurtenis> findByOpgave(String opgaveId) {
        return find(GebeurtenisFilter.opgave(opgaveId));
    }

    /** Every event matching the filter, in event store order. */
    public List<Gebeurtenis> find(GebeurtenisFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        return jdbc.query("select * from qs_gebeurtenis" + where + ORDER, (rs, i) -> gebeurtenis(rs), args.toArray());
    }

    /** One page of the events matching the filter, in event store order. */
    @Transactional(readOnly = true)
    public Pagina<Gebeurtenis> find(GebeurtenisFilter filter, int pagina, int grootte) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        Long total = jdbc.queryForObject("select count(*) from qs_gebeurtenis" + where, Long.class, args.toArray());
        args.add(grootte);
        args.add((long) (pagina - 1) * grootte);
        List<Gebeurtenis> rows = jdbc.query("select * from qs_gebeurtenis" + where + ORDER + " limit ? offset ?",
                (rs, i) -> gebeurtenis(rs), args.toArray());
        return new Pagina<>(rows, pagina, grootte, total == null ? 0 : total);
    }

    /** Whether any event of this opgave is known. */
    public boolean knows(String opgaveId) {
        return !jdbc.queryForList("select event_id from qs_gebeurtenis where opgave_id = ? limit 1", String.class, opgaveId)
                .isEmpty();
    }

    /** When the first event of the opgave happened, if any. */
    public Optional<Instant> firstMoment(String opgaveId) {
        return jdbc.query("select min(tijdstip) as eerste from qs_gebeurtenis where opgave_id = ?",
                (rs, i) -> fromDb(rs, "eerste"), opgaveId).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** The deployed model versions with these process definition keys. */
    public List<ProcesmodelVersie> procesmodellen(Collection<Long> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select * from qs_procesmodel_versie where process_definition_key in ("
                        + String.join(", ", Collections.nCopies(keys.size(), "?")) + ") order by bpmn_process_id, versie",
                (rs, i) -> new ProcesmodelVersie(rs.getLong("process_definition_key"), rs.getString("bpmn_process_id"),
                        rs.getInt("versie"), rs.getString("naam"), rs.getString("resource_name"),
                        rs.getString("checksum"), fromDb(rs, "gedeployed_op"), rs.getString("gedeployed_door"),
                        rs.getString("resource")), keys.toArray());
    }

    private static String where(GebeurtenisFilter filter, List<Object> args) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        add(where, args, "opgave_id = ?", filter.opgaveId());
        add(where, args, "event_type = ?", filter.type());
        add(where, args, "actor = ?", filter.actor());
        add(where, args, "rol = ?", filter.rol());
        add(where, args, "tijdstip >= ?", filter.van() == null ? null : toDb(filter.van()));
        add(where, args, "tijdstip < ?", filter.tot() == null ? null : toDb(filter.tot()));
        return where.toString();
    }

    private static void add(StringBuilder where, List<Object> args, String condition, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            args.add(value);
        }
    }

    private static Gebeurtenis gebeurtenis(ResultSet rs) throws SQLException {
        long positie = rs.getLong("globale_positie");
        Long globalePositie = rs.wasNull() ? null : positie;
        long volgnummer = rs.getLong("volgnummer");
        Long sequence = rs.wasNull() ? null : volgnummer;
        return new Gebeurtenis(rs.getString("event_id"), globalePositie, sequence, rs.getString("event_type"),
                rs.getString("revisie"), fromDb(rs, "tijdstip"), fromDb(rs, "opgeslagen_op"), rs.getString("actor"),
                rs.getString("rol"), rs.getString("reden"), JsonText.readTree(rs.getString("payload")),
                JsonText.readTree(rs.getString("metadata")), rs.getString("aggregaat_type"),
                rs.getString("aggregaat_id"));
    }
}
