package nl.opgaveengine.query.beheer;

import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where every segment of a processor stands by its token store, whether this node holds it or not. A processor's own
 * status covers only the segments this node's threads have claimed: a segment still claimed by a node that died (until
 * its claim times out), or not yet claimed after a start, would otherwise look caught up while its events wait.
 * On the JDBC token store the stored tokens are read without claiming them; with another store the segments are
 * known but not their positions.
 */
@Component
public class OpgeslagenTokens {

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<TokenSchema> schema;

    OpgeslagenTokens(EventProcessingConfiguration processing, JdbcTemplate jdbc, ObjectProvider<TokenSchema> schema) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.schema = schema;
    }

    /**
     * Each stored segment of the processor with the position of its stored token (0 for a segment that has handled
     * nothing yet), or empty where the store cannot be read without a claim.
     */
    public Map<Integer, OptionalLong> posities(String processor) {
        TokenStore store = processing.tokenStore(processor);
        TokenSchema tokens = schema.getIfAvailable();
        Map<Integer, OptionalLong> posities = new TreeMap<>();
        if (store instanceof JdbcTokenStore jdbcStore && tokens != null) {
            jdbc.query("select " + tokens.segmentColumn() + ", " + tokens.tokenColumn() + ", " + tokens.tokenTypeColumn()
                    + " from " + tokens.tokenTable() + " where " + tokens.processorNameColumn() + " = ?", rs -> {
                byte[] data = rs.getBytes(2);
                String type = rs.getString(3);
                TrackingToken token = data == null || type == null ? null : jdbcStore.serializer()
                        .deserialize(new SimpleSerializedObject<>(data, byte[].class, type, null));
                posities.put(rs.getInt(1), OptionalLong.of(token == null ? 0 : token.position().orElse(0)));
            }, processor);
            return posities;
        }
        for (int segment : store.fetchSegments(processor)) {
            posities.put(segment, OptionalLong.empty());
        }
        return posities;
    }
}
