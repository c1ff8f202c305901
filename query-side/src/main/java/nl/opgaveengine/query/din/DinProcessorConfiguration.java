package nl.opgaveengine.query.din;

import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Runs the DIN view in its own tracking processor, like the other views. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "opgave.query.pooled-processors", havingValue = "true", matchIfMissing = true)
public class DinProcessorConfiguration {

    @Bean
    public ConfigurerModule dinProcessorConfigurerModule() {
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerTrackingEventProcessor(DinProjection.PROCESSING_GROUP));
    }
}
