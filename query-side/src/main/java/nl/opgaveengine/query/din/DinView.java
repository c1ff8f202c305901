package nl.opgaveengine.query.din;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the DIN of an opgave as a tree of goals, each with its efforts and its progress rolled up: the average of its
 * efforts' progress and its sub-goals' rolled-up progress (null when it has neither). Flags a goal without efforts.
 */
@Component
public class DinView {

    private final JdbcTemplate jdbc;

    public DinView(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An effort as the view shows it. */
    public record Inspanning(String inspanningId, String naam, String subopgaveId, int voortgang, List<String> doelIds) {
    }

    /** A goal with its rolled-up progress, its efforts and its sub-goals. */
    public record Doel(String doelId, String naam, String bovenliggendDoelId, Double voortgang,
                       List<String> inspanningIds, List<Doel> subdoelen, boolean zonderInspanningen) {
    }

    /** The whole network of one opgave. */
    public record Netwerk(String opgaveId, List<Doel> doelen, List<Inspanning> inspanningen,
                          List<String> doelenZonderInspanningen) {
    }

    public Netwerk netwerk(String opgaveId) {
        Map<String, Inspanning> inspanningen = new LinkedHashMap<>();
        Map<String, List<String>> inspanningenPerDoel = new HashMap<>();
        Map<String, List<String>> doelenPerInspanning = new HashMap<>();
        jdbc.query("""
                select k.inspanning_id, k.doel_id from qs_din_koppeling k
                join qs_din_inspanning i on i.inspanning_id = k.inspanning_id
                where i.opgave_id = ? order by k.inspanning_id, k.doel_id""", rs -> {
            inspanningenPerDoel.computeIfAbsent(rs.getString(2), d -> new ArrayList<>()).add(rs.getString(1));
            doelenPerInspanning.computeIfAbsent(rs.getString(1), d -> new ArrayList<>()).add(rs.getString(2));
        }, opgaveId);
        jdbc.query("""
                select inspanning_id, naam, subopgave_id, voortgang from qs_din_inspanning
                where opgave_id = ? order by volgorde""", rs -> {
            String id = rs.getString(1);
            inspanningen.put(id, new Inspanning(id, rs.getString(2), rs.getString(3), rs.getInt(4),
                    doelenPerInspanning.getOrDefault(id, List.of())));
        }, opgaveId);
        List<String[]> doelRows = jdbc.query("""
                select doel_id, naam, bovenliggend_doel_id from qs_din_doel where opgave_id = ? order by volgorde""",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, opgaveId);
        Map<String, List<String[]>> kinderen = new HashMap<>();
        List<String[]> top = new ArrayList<>();
        for (String[] row : doelRows) {
            if (row[2] == null) {
                top.add(row);
            } else {
                kinderen.computeIfAbsent(row[2], p -> new ArrayList<>()).add(row);
            }
        }
        List<String> zonder = new ArrayList<>();
        List<Doel> doelen = top.stream().map(r -> doel(r, kinderen, inspanningenPerDoel, inspanningen, zonder)).toList();
        return new Netwerk(opgaveId, doelen, List.copyOf(inspanningen.values()), zonder);
    }

    private Doel doel(String[] row, Map<String, List<String[]>> kinderen, Map<String, List<String>> perDoel,
                      Map<String, Inspanning> inspanningen, List<String> zonder) {
        List<Doel> subdoelen = kinderen.getOrDefault(row[0], List.of()).stream()
                .map(r -> doel(r, kinderen, perDoel, inspanningen, zonder)).toList();
        List<String> eigen = perDoel.getOrDefault(row[0], List.of());
        List<Double> delen = new ArrayList<>();
        eigen.stream().map(inspanningen::get).filter(java.util.Objects::nonNull).forEach(i -> delen.add((double) i.voortgang()));
        subdoelen.stream().map(Doel::voortgang).filter(java.util.Objects::nonNull).forEach(delen::add);
        Double voortgang = delen.isEmpty() ? null
                : Math.round(delen.stream().mapToDouble(Double::doubleValue).average().orElse(0) * 10) / 10.0;
        boolean zonderInspanningen = eigen.isEmpty() && subdoelen.isEmpty();
        if (zonderInspanningen) {
            zonder.add(row[0]);
        }
        return new Doel(row[0], row[1], row[2], voortgang, eigen, subdoelen, zonderInspanningen);
    }
}
