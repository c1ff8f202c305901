package nl.opgaveengine.query.beheer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
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
     * Per processor, each stored segment with the position of its stored token (0 for a segment that has handled
     * nothing yet), or empty where the store cannot be read without a claim. Processors on the JDBC token store are
     * read in one query.
     */
    public Map<String, Map<Integer, OptionalLong>> posities(Collection<String> processors) {
        Map<String, Map<Integer, OptionalLong>> posities = new TreeMap<>();
        TokenSchema tokens = schema.getIfAvailable();
        Map<JdbcTokenStore, List<String>> perStore = new IdentityHashMap<>();
        for (String processor : processors) {
            posities.put(processor, new TreeMap<>());
            TokenStore store = processing.tokenStore(processor);
            if (store instanceof JdbcTokenStore jdbcStore && tokens != null) {
                perStore.computeIfAbsent(jdbcStore, s -> new ArrayList<>()).add(processor);
            } else {
                for (int segment : store.fetchSegments(processor)) {
                    posities.get(processor).put(segment, OptionalLong.empty());
                }
            }
        }
        perStore.forEach((store, names) -> jdbc.query("select " + tokens.processorNameColumn() + ", "
                + tokens.segmentColumn() + ", " + tokens.tokenColumn() + ", " + tokens.tokenTypeColumn() + " from "
                + tokens.tokenTable() + " where " + tokens.processorNameColumn() + " in ("
                + String.join(", ", Collections.nCopies(names.size(), "?")) + ")", rs -> {
            byte[] data = rs.getBytes(3);
            String type = rs.getString(4);
            TrackingToken token = data == null || type == null ? null
                    : store.serializer().deserialize(new SimpleSerializedObject<>(data, byte[].class, type, null));
            posities.get(rs.getString(1)).put(rs.getInt(2),
                    OptionalLong.of(token == null ? 0 : token.position().orElse(0)));
        }, names.toArray()));
        return posities;
    }

    /** As {@link #posities(Collection)} for one processor. */
    public Map<Integer, OptionalLong> posities(String processor) {
        return posities(List.of(processor)).get(processor);
    }
}
