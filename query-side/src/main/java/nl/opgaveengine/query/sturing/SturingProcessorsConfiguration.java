package nl.opgaveengine.query.sturing;

import java.util.List;
import nl.opgaveengine.query.QueryProcessorsConfiguration;
import nl.opgaveengine.query.gebied.GebiedenProjection;
import nl.opgaveengine.query.initiatief.InitiatievenProjection;
import nl.opgaveengine.query.leren.LerenProjection;
import nl.opgaveengine.query.prioritering.PrioriteringProjection;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Runs each portfoliosturing view in its own tracking processor, replayable on its own like the other views. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "opgave.query.pooled-processors", havingValue = "true", matchIfMissing = true)
public class SturingProcessorsConfiguration {

    /** The processing groups of the portfoliosturing views. */
    public static final List<String> PROCESSING_GROUPS = List.of(PrioriteringProjection.PROCESSING_GROUP,
            LerenProjection.PROCESSING_GROUP, InitiatievenProjection.PROCESSING_GROUP,
            GebiedenProjection.PROCESSING_GROUP, nl.opgaveengine.query.gebied.GebiedSpelersProjection.PROCESSING_GROUP);

    @Bean
    public ConfigurerModule sturingProcessorsConfigurerModule(@Value(QueryProcessorsConfiguration.SEGMENTEN) int segmenten) {
        return configurer -> configurer.eventProcessing(processing -> PROCESSING_GROUPS.forEach(group -> processing
                .registerTrackingEventProcessor(group, org.axonframework.config.Configuration::eventStore,
                        configuration -> QueryProcessorsConfiguration.tracking(segmenten,
                                QueryProcessorsConfiguration.BATCH_SIZE))));
    }
}
