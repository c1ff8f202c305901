package nl.opgaveengine.query.opgave;

import nl.opgaveengine.query.support.JsonText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import static nl.opgaveengine.query.support.Timestamps.fromDb;

/** Reads the opgave detail view. */
@Repository
public class OpgaveDetailRepository {

    private final JdbcTemplate jdbc;

    public OpgaveDetailRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The detail of one opgave, empty when the view does not know it. */
    @Transactional(readOnly = true)
    public Optional<OpgaveDetail> find(String opgaveId) {
        List<OpgaveDetail.Roltoewijzing> historie = jdbc.query("""
                select * from qs_opgave_rol where opgave_id = ? order by van, volgnummer, event_id""",
                (rs, i) -> roltoewijzing(rs), opgaveId);
        List<OpgaveDetail.Document> documenten = jdbc.query("""
                select * from qs_opgave_document where opgave_id = ? order by toegevoegd_op, volgnummer, event_id""",
                (rs, i) -> document(rs), opgaveId);
        List<OpgaveDetail.Besluit> besluiten = jdbc.query("""
                select * from qs_opgave_besluit where opgave_id = ? order by tijdstip, volgnummer, event_id""",
                (rs, i) -> besluit(rs), opgaveId);
        OpgaveDetail.Rollen rollen = new OpgaveDetail.Rollen(
                historie.stream().filter(r -> r.tot() == null).toList(), historie);
        return jdbc.query("select * from qs_opgave_detail where opgave_id = ?",
                (rs, i) -> detail(rs, rollen, documenten, besluiten), opgaveId).stream().findFirst();
    }

    private static OpgaveDetail detail(ResultSet rs, OpgaveDetail.Rollen rollen, List<OpgaveDetail.Document> documenten,
                                       List<OpgaveDetail.Besluit> besluiten) throws SQLException {
        OpgaveDetail.WerkwijzeKeuze werkwijze = rs.getString("werkwijze") == null ? null
                : new OpgaveDetail.WerkwijzeKeuze(rs.getString("werkwijze"), rs.getString("werkwijze_geadviseerd"),
                        bool(rs, "werkwijze_afwijkend"));
        OpgaveDetail.Intake intake = rs.getString("advies_werkwijze") == null && rs.getString("intake_idee") == null ? null
                : new OpgaveDetail.Intake(
                        new OpgaveDetail.Antwoorden(rs.getString("intake_idee"), rs.getString("intake_netwerk"),
                                rs.getString("intake_besluitvorming"), integer(rs, "intake_voorspelbaarheid_pad"),
                                integer(rs, "intake_tastbaarheid_uitkomst"), bool(rs, "intake_tijdsdruk")),
                        new OpgaveDetail.Advies(rs.getString("advies_procestype"), rs.getString("advies_verplichting"),
                                rs.getString("advies_complexiteit"), rs.getString("advies_werkwijze"),
                                JsonText.readStrings(rs.getString("advies_toelichting"))));
        OpgaveDetail.Procesmodel procesmodel = rs.getString("bpmn_process_id") == null ? null
                : new OpgaveDetail.Procesmodel(rs.getString("bpmn_process_id"), integer(rs, "process_versie"),
                        longValue(rs, "process_definition_key"), longValue(rs, "process_instance_key"));
        OpgaveDetail.Fase fase = rs.getString("fase_id") == null ? null
                : new OpgaveDetail.Fase(rs.getString("fase_id"), rs.getString("fase_naam"), integer(rs, "fase_herhaling"));
        OpgaveDetail.OpenGate gate = rs.getString("gate_id") == null ? null
                : new OpgaveDetail.OpenGate(rs.getString("gate_id"), rs.getString("gate_naam"), rs.getString("gate_fase"),
                        rs.getString("gate_vereist_document"), rs.getString("gate_beslisser"),
                        JsonText.readStrings(rs.getString("gate_uitkomsten")), fromDb(rs, "gate_geopend_op"),
                        fromDb(rs, "gate_uiterlijk_op"));
        return new OpgaveDetail(rs.getString("opgave_id"), rs.getString("titel"), rs.getString("omschrijving"),
                rs.getString("thema"), rs.getString("gebied"), rs.getString("initiatiefnemer"), rs.getString("status"),
                werkwijze, intake, procesmodel, fase, gate, rollen, documenten, besluiten,
                fromDb(rs, "geregistreerd_op"), fromDb(rs, "bijgewerkt_op"));
    }

    private static OpgaveDetail.Roltoewijzing roltoewijzing(ResultSet rs) throws SQLException {
        OpgaveDetail.Handeling beeindigd = rs.getString("beeindigd_event_id") == null ? null
                : new OpgaveDetail.Handeling(rs.getString("beeindigd_door"), rs.getString("beeindigd_in_rol"),
                        rs.getString("beeindigd_reden"));
        return new OpgaveDetail.Roltoewijzing(rs.getString("rol"), rs.getString("persoon"), fromDb(rs, "van"),
                fromDb(rs, "tot"),
                new OpgaveDetail.Handeling(rs.getString("toegewezen_door"), rs.getString("toegewezen_in_rol"),
                        rs.getString("toegewezen_reden")),
                beeindigd);
    }

    private static OpgaveDetail.Document document(ResultSet rs) throws SQLException {
        return new OpgaveDetail.Document(rs.getString("document_id"), rs.getString("naam"), rs.getString("versie"),
                rs.getString("content_hash"), rs.getString("referentie"), fromDb(rs, "toegevoegd_op"),
                new OpgaveDetail.Handeling(rs.getString("toegevoegd_door"), rs.getString("toegevoegd_in_rol"),
                        rs.getString("reden")));
    }

    private static OpgaveDetail.Besluit besluit(ResultSet rs) throws SQLException {
        OpgaveDetail.BesluitDocument document = rs.getString("document_naam") == null && rs.getString("document_id") == null
                ? null
                : new OpgaveDetail.BesluitDocument(rs.getString("document_id"), rs.getString("document_naam"),
                        rs.getString("document_versie"), rs.getString("document_hash"));
        return new OpgaveDetail.Besluit(rs.getString("soort"), rs.getString("onderwerp"), rs.getString("uitkomst"),
                rs.getString("actor"), rs.getString("in_rol"), fromDb(rs, "tijdstip"), rs.getString("reden"), document);
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Long longValue(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
