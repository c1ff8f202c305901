package nl.opgaveengine.query;

import nl.opgaveengine.query.audit.GebeurtenissenProjection;
import nl.opgaveengine.query.audit.ProcesmodelVersiesProjection;
import nl.opgaveengine.query.baten.BatenregisterProjection;
import nl.opgaveengine.query.pc.PcRapportageProjection;
import nl.opgaveengine.query.verantwoording.VerantwoordingProjection;
import nl.opgaveengine.query.opgave.OpgaveDetailProjection;
import nl.opgaveengine.query.portfolio.PortfolioProjection;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * Runs every query-side projection in its own pooled streaming processor, named after its processing group;
 * set {@code opgave.query.pooled-processors=false} to configure them through {@code axon.eventhandling.processors} instead.
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

    @Bean
    public ConfigurerModule queryProcessorsConfigurerModule(@Value(SEGMENTEN) int segmenten) {
        return configurer -> configurer.eventProcessing(processing -> PROCESSING_GROUPS.forEach(group -> processing
                .registerPooledStreamingEventProcessor(group)
                .registerPooledStreamingEventProcessorConfiguration(group,
                        (configuration, builder) -> builder.batchSize(BATCH_SIZE).initialSegmentCount(segmenten))));
    }
}
