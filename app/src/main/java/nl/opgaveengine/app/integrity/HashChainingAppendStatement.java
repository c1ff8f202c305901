package nl.opgaveengine.app.integrity;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Appends events as Axon does, plus the per-aggregate hash chain: each row stores the hash of its exact stored
 * bytes and metadata together with the hash of the previous event of its aggregate, in the same INSERT. Two
 * writers racing on one aggregate still collide on the (aggregate, sequence) key, so the chain cannot fork.
 */
public class HashChainingAppendStatement implements AppendEventsStatementBuilder {

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
                                   List<? extends EventMessage<?>> events, Serializer serializer,
                                   TimestampWriter timestampWriter) throws SQLException {
        String sql = "INSERT INTO " + schema.domainEventTable() + " (" + schema.domainEventFields()
                + ", event_hash, previous_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)";
        Map<String, String> lastHashInBatch = new HashMap<>();
        PreparedStatement statement = connection.prepareStatement(sql);
        for (EventMessage<?> message : events) {
            DomainEventMessage<?> event = message instanceof DomainEventMessage<?> domain ? domain
                    : new GenericDomainEventMessage<>(null, message.getIdentifier(), 0L, message, message::getTimestamp);
            SerializedObject<?> payload = event.serializePayload(serializer, dataType);
            SerializedObject<?> metaData = event.serializeMetaData(serializer, dataType);
            String timestamp = DateTimeUtils.formatInstant(event.getTimestamp());
            String previous = lastHashInBatch.get(event.getAggregateIdentifier());
            if (previous == null) {
                previous = previousStoredHash(connection, schema, event.getAggregateIdentifier(),
                        event.getSequenceNumber());
            }
            String hash = EventHashing.eventHash(previous, event.getIdentifier(), event.getAggregateIdentifier(),
                    event.getSequenceNumber(), event.getType(), timestamp, payload.getType().getName(),
                    payload.getType().getRevision(), bytes(payload.getData()), bytes(metaData.getData()));
            lastHashInBatch.put(event.getAggregateIdentifier(), hash);
            statement.setString(1, event.getIdentifier());
            statement.setString(2, event.getAggregateIdentifier());
            statement.setLong(3, event.getSequenceNumber());
            statement.setString(4, event.getType());
            statement.setString(5, timestamp);
            statement.setString(6, payload.getType().getName());
            statement.setString(7, payload.getType().getRevision());
            statement.setObject(8, payload.getData());
            statement.setObject(9, metaData.getData());
            statement.setString(10, hash);
            statement.setString(11, previous);
            statement.addBatch();
        }
        return statement;
    }

    /** The hash of the aggregate's previous event; the genesis value for a first event or one stored before hashing. */
    private static String previousStoredHash(Connection connection, EventSchema schema, String aggregateIdentifier,
                                             long sequenceNumber) throws SQLException {
        if (sequenceNumber <= 0) {
            return EventHashing.GENESIS;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT event_hash FROM "
                + schema.domainEventTable() + " WHERE " + schema.aggregateIdentifierColumn() + " = ? AND "
                + schema.sequenceNumberColumn() + " = ?")) {
            query.setString(1, aggregateIdentifier);
            query.setLong(2, sequenceNumber - 1);
            try (ResultSet rs = query.executeQuery()) {
                String hash = rs.next() ? rs.getString(1) : null;
                return hash == null ? EventHashing.GENESIS : hash;
            }
        }
    }

    static byte[] bytes(Object data) {
        if (data == null) {
            return null;
        }
        if (data instanceof byte[] b) {
            return b;
        }
        return data.toString().getBytes(StandardCharsets.UTF_8);
    }
}
