package nl.opgaveengine.query.views;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Dumps the rows of every query-side table that mention one of the given ids, for comparing live and replayed views. */
final class ViewTables {

    private ViewTables() {
    }

    /** Table name → sorted rows (as text) that contain one of the ids; the arrival counter {@code volgorde} is left out. */
    static Map<String, List<String>> dump(JdbcTemplate jdbc, List<String> ids) {
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and lower(table_name) like 'qs_%'""", String.class);
        Map<String, List<String>> dump = new TreeMap<>();
        for (String table : tables) {
            List<String> rows = new ArrayList<>();
            for (Map<String, Object> row : jdbc.queryForList("select * from " + table)) {
                Map<String, Object> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                sorted.putAll(row);
                sorted.remove("volgorde");
                String text = sorted.toString();
                if (ids.stream().anyMatch(text::contains)) {
                    rows.add(text);
                }
            }
            rows.sort(null);
            dump.put(table.toLowerCase(), rows);
        }
        return dump;
    }
}
