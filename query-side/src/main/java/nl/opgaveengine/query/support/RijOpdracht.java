package nl.opgaveengine.query.support;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A write statement on one row, in the small form that {@link ProjectieJdbc} can apply to a row held in memory during a
 * bulk rebuild: {@code insert into t (a, b) values (?, ?) on conflict do nothing}, or
 * {@code update t set a = ?, b = null, c = greatest(c, ?), d = <anything else> where k = ? and e = ?}. An assignment of
 * another form is kept as "opaque": the statement then has to run in the database, and the row's value of that column
 * becomes unknown. SQL of any other shape gives no {@code RijOpdracht} ({@link #lees} answers {@code null}).
 */
record RijOpdracht(String tabel, boolean insert, List<Toewijzing> toewijzingen, List<Voorwaarde> voorwaarden) {

    private static final Map<String, java.util.Optional<RijOpdracht>> GELEZEN = new ConcurrentHashMap<>();
    private static final Pattern INSERT = Pattern.compile(
            "^insert into ([a-z_][a-z0-9_]*) \\(([a-z0-9_, ]+)\\) values \\(([?, ]+)\\) on conflict do nothing$");
    private static final Pattern UPDATE = Pattern.compile("^update ([a-z_][a-z0-9_]*) set (.+)$");
    private static final Pattern NAAM = Pattern.compile("^[a-z_][a-z0-9_]*$");
    private static final Pattern GREATEST = Pattern.compile("^greatest\\(([a-z_][a-z0-9_]*), \\?\\)$");

    /** How a column gets its new value. */
    enum Soort { PARAMETER, NULL, GREATEST, OPAQUE }

    /**
     * One {@code column = expression}; {@code parameter} is the index of its argument (PARAMETER, GREATEST), {@code bron}
     * the column GREATEST compares with.
     */
    record Toewijzing(String kolom, Soort soort, int parameter, String bron) {
    }

    /** One {@code column = ?} of the where clause, with the index of its argument. */
    record Voorwaarde(String kolom, int parameter) {
    }

    /** The statement's form, or {@code null} when it has another shape (read once per SQL text). */
    static RijOpdracht lees(String sql) {
        return GELEZEN.computeIfAbsent(sql, s -> java.util.Optional.ofNullable(parse(s))).orElse(null);
    }

    /**
     * The row's key: for an insert the value given for the key column, for an update the argument of the where
     * clause's condition on it; {@code null} if the statement names none.
     */
    Object sleutel(String kolom, Object[] args) {
        if (insert) {
            for (Toewijzing toewijzing : toewijzingen) {
                if (toewijzing.kolom().equals(kolom)) {
                    return args[toewijzing.parameter()];
                }
            }
            return null;
        }
        return argumentVan(kolom, args);
    }

    /** The argument of the condition on this column, or {@code null} if the where clause has none. */
    Object argumentVan(String kolom, Object[] args) {
        for (Voorwaarde voorwaarde : voorwaarden) {
            if (voorwaarde.kolom().equals(kolom)) {
                return args[voorwaarde.parameter()];
            }
        }
        return null;
    }

    private static RijOpdracht parse(String sql) {
        if (sql.indexOf('\'') >= 0 || sql.indexOf('"') >= 0 || sql.indexOf(';') >= 0) {
            return null;
        }
        String s = sql.trim().replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")").toLowerCase(Locale.ROOT);
        Matcher insert = INSERT.matcher(s);
        if (insert.matches()) {
            String[] kolommen = insert.group(2).split(",");
            String[] waarden = insert.group(3).split(",");
            if (kolommen.length != waarden.length) {
                return null;
            }
            List<Toewijzing> toewijzingen = new ArrayList<>();
            for (int i = 0; i < kolommen.length; i++) {
                String kolom = kolommen[i].trim();
                if (!NAAM.matcher(kolom).matches() || !waarden[i].trim().equals("?")) {
                    return null;
                }
                toewijzingen.add(new Toewijzing(kolom, Soort.PARAMETER, i, null));
            }
            return new RijOpdracht(insert.group(1), true, List.copyOf(toewijzingen), List.of());
        }
        Matcher update = UPDATE.matcher(s);
        if (!update.matches()) {
            return null;
        }
        String rest = update.group(2);
        int where = topLevel(rest, " where ");
        if (where < 0) {
            return null;
        }
        int parameter = 0;
        List<Toewijzing> toewijzingen = new ArrayList<>();
        for (String deel : splitTopLevel(rest.substring(0, where), ",")) {
            String toewijzing = deel.trim();
            int is = toewijzing.indexOf('=');
            if (is < 0) {
                return null;
            }
            String kolom = toewijzing.substring(0, is).trim();
            String expressie = toewijzing.substring(is + 1).trim();
            if (!NAAM.matcher(kolom).matches()) {
                return null;
            }
            Matcher greatest = GREATEST.matcher(expressie);
            if (expressie.equals("?")) {
                toewijzingen.add(new Toewijzing(kolom, Soort.PARAMETER, parameter++, null));
            } else if (expressie.equals("null")) {
                toewijzingen.add(new Toewijzing(kolom, Soort.NULL, -1, null));
            } else if (greatest.matches()) {
                toewijzingen.add(new Toewijzing(kolom, Soort.GREATEST, parameter++, greatest.group(1)));
            } else {
                toewijzingen.add(new Toewijzing(kolom, Soort.OPAQUE, -1, null));
                parameter += (int) expressie.chars().filter(c -> c == '?').count();
            }
        }
        String voorwaardeTekst = rest.substring(where + " where ".length());
        if (voorwaardeTekst.contains("(") || voorwaardeTekst.contains(" or ")) {
            return null;
        }
        List<Voorwaarde> voorwaarden = new ArrayList<>();
        for (String deel : voorwaardeTekst.split(" and ")) {
            String[] zijden = deel.split("=");
            if (zijden.length != 2 || !NAAM.matcher(zijden[0].trim()).matches() || !zijden[1].trim().equals("?")) {
                return null;
            }
            voorwaarden.add(new Voorwaarde(zijden[0].trim(), parameter++));
        }
        return new RijOpdracht(update.group(1), false, List.copyOf(toewijzingen), List.copyOf(voorwaarden));
    }

    /** The index of the first occurrence of the text outside parentheses, or -1. */
    private static int topLevel(String s, String text) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && s.startsWith(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> splitTopLevel(String s, String separator) {
        List<String> parts = new ArrayList<>();
        String rest = s;
        int at;
        while ((at = topLevel(rest, separator)) >= 0) {
            parts.add(rest.substring(0, at));
            rest = rest.substring(at + separator.length());
        }
        parts.add(rest);
        return parts;
    }

    /** Thrown when two values cannot be compared in memory the way the database would; the statement then runs there. */
    static final class Onvergelijkbaar extends RuntimeException {
        Onvergelijkbaar() {
            super(null, null, false, false);
        }
    }

    /** SQL's {@code a = b} for a where clause: false when either is null. */
    static boolean gelijk(Object a, Object b) {
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        if (a instanceof CharSequence && b instanceof CharSequence) {
            return a.toString().equals(b.toString());
        }
        if (a instanceof OffsetDateTime x && b instanceof OffsetDateTime y) {
            return x.isEqual(y);
        }
        if (a.getClass() == b.getClass() && (a instanceof Boolean || a instanceof Enum<?>)) {
            return a.equals(b);
        }
        throw new Onvergelijkbaar();
    }

    /** SQL's {@code greatest(a, b)}: nulls are ignored. */
    static Object grootste(Object a, Object b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (a instanceof OffsetDateTime x && b instanceof OffsetDateTime y) {
            return y.isAfter(x) ? y : x;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(y.toString()).compareTo(new BigDecimal(x.toString())) > 0 ? y : x;
        }
        throw new Onvergelijkbaar(); // e.g. text: the databases' collations decide, not Java
    }
}
