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

    /** Every index of the query-side tables as "table: index (columns)", from the driver's metadata (H2 and PostgreSQL). */
    static java.util.SortedSet<String> indexen(JdbcTemplate jdbc) {
        return jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<java.util.SortedSet<String>>) c -> {
            java.sql.DatabaseMetaData meta = c.getMetaData();
            String schema = c.getSchema();
            java.util.SortedSet<String> indexen = new java.util.TreeSet<>();
            List<String> tables = new ArrayList<>();
            try (java.sql.ResultSet rs = meta.getTables(null, schema, "qs%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                Map<String, List<String>> columns = new TreeMap<>();
                try (java.sql.ResultSet rs = meta.getIndexInfo(null, schema, table, false, false)) {
                    while (rs.next()) {
                        if (rs.getString("INDEX_NAME") != null) {
                            columns.computeIfAbsent(rs.getString("INDEX_NAME").toLowerCase(), k -> new ArrayList<>())
                                    .add(rs.getShort("ORDINAL_POSITION") + ":" + rs.getString("COLUMN_NAME").toLowerCase());
                        }
                    }
                }
                columns.forEach((index, cols) -> indexen.add(table.toLowerCase() + ": " + index + " " + cols));
            }
            return indexen;
        });
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
