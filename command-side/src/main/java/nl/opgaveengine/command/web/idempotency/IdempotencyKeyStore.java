package nl.opgaveengine.command.web.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The table {@code cs_idempotency_key}: claimed and completed inside the command's transaction. A key older than
 * {@code opgave.idempotency.retention} counts as unknown: lookups ignore it and a new claim replaces it.
 */
@Component
public class IdempotencyKeyStore {

    /** A committed first answer to a keyed request. */
    public record StoredAnswer(String requestHash, int status, String contentType, String location, String body) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final IdempotencyProperties properties;

    public IdempotencyKeyStore(DataSource dataSource, Clock clock, IdempotencyProperties properties) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
        this.properties = properties;
    }

    private Timestamp cutoff() {
        return Timestamp.from(clock.instant().minus(properties.getRetention()));
    }

    public Optional<StoredAnswer> find(String principal, String key) {
        return jdbc.query("select request_hash, response_status, response_content_type, response_location,"
                        + " response_body from cs_idempotency_key where principal = ? and idempotency_key = ?"
                        + " and created_at >= ?",
                (rs, i) -> new StoredAnswer(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)), principal, key, cutoff()).stream().findFirst();
    }

    /** Inserts the key (status 0 until completed); a duplicate key fails, after waiting for a running claim. */
    void claim(String principal, String key, String requestHash) {
        // an expired answer under this key is forgotten: the key is free for this new request
        jdbc.update("delete from cs_idempotency_key where principal = ? and idempotency_key = ? and created_at < ?",
                principal, key, cutoff());
        jdbc.update("insert into cs_idempotency_key (principal, idempotency_key, request_hash, response_status,"
                + " created_at) values (?, ?, ?, 0, ?)", principal, key, requestHash, Timestamp.from(clock.instant()));
    }

    void complete(String principal, String key, int status, String contentType, String location, String body) {
        jdbc.update("update cs_idempotency_key set response_status = ?, response_content_type = ?,"
                        + " response_location = ?, response_body = ? where principal = ? and idempotency_key = ?",
                status, contentType, location, body, principal, key);
    }

    /** Deletes every completed key older than the retention; answers how many. */
    int expire() {
        return jdbc.update("delete from cs_idempotency_key where created_at < ? and response_status <> 0", cutoff());
    }
}
