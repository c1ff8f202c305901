package nl.opgaveengine.engine.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Hands out Camunda-like keys, {@code (1 << 51) + n}, taking blocks of 100 from the database sequence. */
@Component
public class KeyGenerator {

    static final long BASE = 1L << 51;
    static final int BLOCK = 100;

    private final JdbcTemplate jdbc;
    private long next;
    private long limit;

    public KeyGenerator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public synchronized long next() {
        if (next >= limit) {
            Long start = jdbc.queryForObject("SELECT nextval('engine_key_seq')", Long.class);
            next = start;
            limit = start + BLOCK;
        }
        return BASE + next++;
    }
}
