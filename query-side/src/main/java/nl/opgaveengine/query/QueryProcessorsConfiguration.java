package nl.opgaveengine.query;

import nl.opgaveengine.query.audit.GebeurtenissenProjection;
import nl.opgaveengine.query.opgave.OpgaveDetailProjection;
import nl.opgaveengine.query.portfolio.PortfolioProjection;
import org.axonframework.config.ConfigurerModule;
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
            GebeurtenissenProjection.PROCESSING_GROUP);

    @Bean
    public ConfigurerModule queryProcessorsConfigurerModule() {
        return configurer -> configurer.eventProcessing(processing ->
                PROCESSING_GROUPS.forEach(processing::registerPooledStreamingEventProcessor));
    }
}
