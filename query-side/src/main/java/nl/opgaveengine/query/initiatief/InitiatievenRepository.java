package nl.opgaveengine.query.initiatief;

import static nl.opgaveengine.query.support.Timestamps.fromDb;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.opgaveengine.query.support.JsonText;
import nl.opgaveengine.query.support.Pagina;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads the frames and the initiatives. */
@Repository
public class InitiatievenRepository {

    private final JdbcTemplate jdbc;

    public InitiatievenRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One published version of the frames. */
    public record Kaders(int versie, List<String> inhoud, List<String> actoren, List<String> procedures,
                         List<String> ondersteuning, String gepubliceerdDoor, Instant gepubliceerdOp, String reden) {
    }

    /** An initiative with its status, assessment and, once decided, every decision on it. */
    public record Initiatief(String id, String titel, String omschrijving, String thema, String gebied,
                             String initiatiefnemer, String initiatiefnemerSoort, String organisatie,
                             String gevraagdeOndersteuning, Integer kadersVersie, String status, String beoordeling,
                             String strategie, JsonNode toetsingen, String opgaveId, Instant ingediendOp,
                             Instant bijgewerktOp, List<Besluit> besluiten) {
    }

    /** A step in the initiative's life: who, in which role, when, why. */
    public record Besluit(String soort, String uitkomst, String tekst, String door, String rol, Instant op,
                          String reden) {
    }

    /** The filters of the list; {@code initiatiefnemer} restricts it to one initiator's own initiatives. */
    public record Filter(String status, String gebied, String thema, String initiatiefnemer) {
    }

    @Transactional(readOnly = true)
    public List<Kaders> kaders() {
        return jdbc.query("select * from qs_initiatiefkaders order by versie desc", (rs, i) -> new Kaders(
                rs.getInt("versie"), JsonText.readStrings(rs.getString("inhoud")),
                JsonText.readStrings(rs.getString("actoren")), JsonText.readStrings(rs.getString("procedures")),
                JsonText.readStrings(rs.getString("ondersteuning")), rs.getString("gepubliceerd_door"),
                fromDb(rs, "gepubliceerd_op"), rs.getString("reden")));
    }

    @Transactional(readOnly = true)
    public Pagina<Initiatief> zoek(Filter filter, int pagina, int grootte) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (filter.status() != null) {
            where.append(" and status = ?");
            args.add(filter.status());
        }
        if (filter.gebied() != null) {
            where.append(" and lower(gebied) = lower(?)");
            args.add(filter.gebied());
        }
        if (filter.thema() != null) {
            where.append(" and lower(thema) = lower(?)");
            args.add(filter.thema());
        }
        if (filter.initiatiefnemer() != null) {
            where.append(" and initiatiefnemer = ?");
            args.add(filter.initiatiefnemer());
        }
        Long total = jdbc.queryForObject("select count(*) from qs_initiatief" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(grootte);
        pageArgs.add((long) (pagina - 1) * grootte);
        List<Initiatief> regels = jdbc.query("select * from qs_initiatief" + where
                + " order by ingediend_op desc, initiatief_id limit ? offset ?", (rs, i) -> initiatief(rs, List.of()),
                pageArgs.toArray());
        return new Pagina<>(regels, pagina, grootte, total == null ? 0 : total);
    }

    @Transactional(readOnly = true)
    public Optional<Initiatief> initiatief(String id) {
        List<Besluit> besluiten = jdbc.query("select * from qs_initiatief_besluit where initiatief_id = ? order by op, event_id",
                (rs, i) -> new Besluit(rs.getString("soort"), rs.getString("uitkomst"), rs.getString("tekst"),
                        rs.getString("door"), rs.getString("rol"), fromDb(rs, "op"), rs.getString("reden")), id);
        return jdbc.query("select * from qs_initiatief where initiatief_id = ?", (rs, i) -> initiatief(rs, besluiten), id)
                .stream().findFirst();
    }

    private static Initiatief initiatief(ResultSet rs, List<Besluit> besluiten) throws SQLException {
        int versie = rs.getInt("kaders_versie");
        return new Initiatief(rs.getString("initiatief_id"), rs.getString("titel"), rs.getString("omschrijving"),
                rs.getString("thema"), rs.getString("gebied"), rs.getString("initiatiefnemer"),
                rs.getString("initiatiefnemer_soort"), rs.getString("organisatie"),
                rs.getString("gevraagde_ondersteuning"), rs.wasNull() ? null : versie, rs.getString("status"),
                rs.getString("beoordeling"), rs.getString("strategie"), JsonText.readTree(rs.getString("toetsingen")),
                rs.getString("opgave_id"), fromDb(rs, "ingediend_op"), fromDb(rs, "bijgewerkt_op"), besluiten);
    }
}
