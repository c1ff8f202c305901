package nl.opgaveengine.query.audit;

import nl.opgaveengine.query.support.JsonText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static nl.opgaveengine.query.support.Timestamps.fromDb;

/** Reads the event history view. */
@Repository
public class GebeurtenissenRepository {

    private final JdbcTemplate jdbc;

    public GebeurtenissenRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The events of one opgave in the order they happened to it; empty when the opgave is unknown. */
    public List<Gebeurtenis> findByOpgave(String opgaveId) {
        return jdbc.query("""
                select * from qs_gebeurtenis where opgave_id = ?
                order by volgnummer, globale_positie, volgorde""",
                (rs, i) -> gebeurtenis(rs), opgaveId);
    }

    private static Gebeurtenis gebeurtenis(ResultSet rs) throws SQLException {
        long positie = rs.getLong("globale_positie");
        Long globalePositie = rs.wasNull() ? null : positie;
        long volgnummer = rs.getLong("volgnummer");
        Long sequence = rs.wasNull() ? null : volgnummer;
        return new Gebeurtenis(rs.getString("event_id"), globalePositie, sequence, rs.getString("event_type"),
                rs.getString("revisie"), fromDb(rs, "tijdstip"), fromDb(rs, "opgeslagen_op"), rs.getString("actor"),
                rs.getString("rol"), rs.getString("reden"), JsonText.readTree(rs.getString("payload")),
                JsonText.readTree(rs.getString("metadata")));
    }
}
