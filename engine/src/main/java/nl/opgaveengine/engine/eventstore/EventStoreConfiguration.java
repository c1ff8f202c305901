package nl.opgaveengine.engine.eventstore;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Names the event store's tables and columns in snake_case (Flyway creates them) and makes a
 * duplicate key on (aggregate, sequence) a concurrency conflict on PostgreSQL and H2 alike.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    /** The bean name of the aggregate cache the engine's aggregates name. */
    public static final String AGGREGATE_CACHE = "engineAggregateCache";

    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .metaDataColumn("meta_data")
                .payloadColumn("payload")
                .payloadRevisionColumn("payload_revision")
                .payloadTypeColumn("payload_type")
                .timestampColumn("time_stamp")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .build();
    }

    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * The cache of the engine's aggregate repositories ({@code @Aggregate(cache = ...)}): a command on a cached
     * instance checks its version with one look-up instead of replaying its events. Off with
     * {@code opgave.engine.aggregate-cache.enabled=false}; size
     * {@code opgave.engine.aggregate-cache.max-entries} (default 2000 aggregates).
     */
    @Bean(AGGREGATE_CACHE)
    public Cache engineAggregateCache(JdbcTemplate jdbc, EventSchema eventSchema,
                                      @Value("${opgave.engine.aggregate-cache.enabled:true}") boolean enabled,
                                      @Value("${opgave.engine.aggregate-cache.max-entries:2000}") int maxEntries) {
        return enabled && CommittedAggregateCache.supported()
                ? new CommittedAggregateCache(jdbc, eventSchema, maxEntries) : NoCache.INSTANCE;
    }

    /**
     * Instants in events (and every other JSON the application's object mapper reads) without the slow
     * {@code DateTimeFormatter} path for the event store's own UTC form; see {@link UtcInstantsModule}.
     */
    @Bean
    public com.fasterxml.jackson.databind.Module utcInstantsModule() {
        return UtcInstantsModule.module();
    }

    /** SQLState 23505 (unique violation) means another writer appended the same aggregate sequence first. */
    @Bean
    @Primary
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }
}
