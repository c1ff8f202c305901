package nl.opgaveengine.app.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;

/** One row of the event table as stored, with what its hash should be. */
record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                   String type, String timestamp, String payloadType, String payloadRevision, byte[] payload,
                   byte[] metaData, String eventHash, String previousHash) {

    static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, type,"
            + " time_stamp, payload_type, payload_revision, payload, meta_data, event_hash, previous_hash";

    static StoredEvent read(ResultSet rs, int row) throws SQLException {
        return new StoredEvent(rs.getLong("global_index"), rs.getString("event_identifier"),
                rs.getString("aggregate_identifier"), rs.getLong("sequence_number"), rs.getString("type"),
                rs.getString("time_stamp"), rs.getString("payload_type"), rs.getString("payload_revision"),
                rs.getBytes("payload"), rs.getBytes("meta_data"), rs.getString("event_hash"),
                rs.getString("previous_hash"));
    }

    /** The hash of this row's content chained to the given previous hash. */
    String hashWith(String previous) {
        return EventHashing.eventHash(previous, eventIdentifier, aggregateIdentifier, sequenceNumber, type, timestamp,
                payloadType, payloadRevision, payload, metaData);
    }

    /** The hash of this row's content chained to its stored previous hash (genesis for rows stored before hashing). */
    String recomputedHash() {
        return hashWith(eventHash == null || previousHash == null ? EventHashing.GENESIS : previousHash);
    }
}
