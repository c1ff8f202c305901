package nl.opgaveengine.query;

import nl.opgaveengine.query.audit.GebeurtenissenProjection;
import nl.opgaveengine.query.audit.ProcesmodelVersiesProjection;
import nl.opgaveengine.query.baten.BatenregisterProjection;
import nl.opgaveengine.query.pc.PcRapportageProjection;
import nl.opgaveengine.query.verantwoording.VerantwoordingProjection;
import nl.opgaveengine.query.opgave.OpgaveDetailProjection;
import nl.opgaveengine.query.portfolio.PortfolioProjection;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * Runs every query-side projection in its own tracking event processor, named after its processing group;
 * set {@code opgave.query.pooled-processors=false} to configure them through {@code axon.eventhandling.processors} instead.
 *
 * <p>Tracking, not pooled streaming: on the JDBC event store a pooled streaming processor's coordinator cannot be told
 * that events arrived (the embedded store's streams offer no availability callback) and looks again every 500 ms,
 * which put 0–500 ms into every view's lag (ADR 0010). A tracking processor's thread waits on the stream and wakes at
 * the commit.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "opgave.query.pooled-processors", havingValue = "true", matchIfMissing = true)
public class QueryProcessorsConfiguration {

    /** The processing groups of the query side, each replayable on its own. */
    public static final List<String> PROCESSING_GROUPS = List.of(
            OpgaveDetailProjection.PROCESSING_GROUP,
            PortfolioProjection.PROCESSING_GROUP,
            GebeurtenissenProjection.PROCESSING_GROUP,
            VerantwoordingProjection.PROCESSING_GROUP,
            BatenregisterProjection.PROCESSING_GROUP,
            PcRapportageProjection.PROCESSING_GROUP,
            ProcesmodelVersiesProjection.PROCESSING_GROUP);

    /**
     * Events per transaction: a replay commits rows and tokens once per batch instead of once per event (with
     * batches of 1 a replay ran at a few hundred events per second). Handlers are idempotent, so a retried batch
     * changes nothing.
     */
    public static final int BATCH_SIZE = 200;

    /**
     * Segments of each query processor when its token rows are first created ({@code opgave.query.segmenten}, Axon's
     * default 16); existing token rows keep their count.
     */
    public static final String SEGMENTEN = "${opgave.query.segmenten:16}";

    /**
     * Threads a tracking processor may start, one per segment it claims: at least 16, so token rows created earlier
     * with more segments than now configured are all still processed.
     */
    public static final int MAX_THREADS = 16;

    /** A tracking processor that creates {@code segmenten} segments and processes up to {@code batchSize} per transaction. */
    public static TrackingEventProcessorConfiguration tracking(int segmenten, int batchSize) {
        return TrackingEventProcessorConfiguration.forParallelProcessing(Math.max(MAX_THREADS, segmenten))
                .andInitialSegmentsCount(segmenten).andBatchSize(batchSize);
    }

    @Bean
    public ConfigurerModule queryProcessorsConfigurerModule(@Value(SEGMENTEN) int segmenten) {
        return configurer -> configurer.eventProcessing(processing -> PROCESSING_GROUPS.forEach(group -> processing
                .registerTrackingEventProcessor(group, org.axonframework.config.Configuration::eventStore,
                        configuration -> tracking(segmenten, BATCH_SIZE))));
    }
}
