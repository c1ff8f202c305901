package nl.opgaveengine.app.integrity;

import java.time.Clock;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event store with the per-aggregate hash chain, the sealer of the global chain with its signed checkpoints,
 * and the verifier. The storage engine keeps the wiring of Axon's auto-configuration (serializers, upcasters,
 * snapshot filter, exception resolver, schema) and only adds the hashing INSERT.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntegrityProperties.class)
public class IntegrityConfiguration {

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          EventSchema eventSchema) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .appendEvents(new HashChainingAppendStatement())
                .build();
    }

    @Bean
    CheckpointSigner checkpointSigner(IntegrityProperties properties) {
        return new CheckpointSigner(properties);
    }

    @Bean
    EventLogSealer eventLogSealer(DataSource dataSource, PlatformTransactionManager transactionManager,
                                  IntegrityProperties properties, CheckpointSigner signer, Clock clock) {
        return new EventLogSealer(new JdbcTemplate(dataSource), new TransactionTemplate(transactionManager),
                properties, signer, clock);
    }

    @Bean
    EventLogVerifier eventLogVerifier(DataSource dataSource, PlatformTransactionManager transactionManager,
                                      Clock clock) {
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        return new EventLogVerifier(new JdbcTemplate(dataSource), readOnly, clock);
    }
}
