package nl.opgaveengine.engine;

import nl.opgaveengine.engine.lookup.EngineLookupProjection;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the engine into Axon: its lookup tables are a subscribing processor (same transaction as the events,
 * whatever the application's processor settings say) whose failures roll the command back.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EngineProperties.class)
public class EngineConfiguration {

    @Bean
    public ConfigurerModule engineLookupProcessor() {
        return new ConfigurerModule() {
            @Override
            public void configureModule(org.axonframework.config.Configurer configurer) {
                configurer.eventProcessing(processing -> processing
                        .registerSubscribingEventProcessor(EngineLookupProjection.PROCESSING_GROUP)
                        .registerListenerInvocationErrorHandler(EngineLookupProjection.PROCESSING_GROUP,
                                config -> PropagatingErrorHandler.instance()));
            }

            @Override
            public int order() {
                return Integer.MAX_VALUE;
            }
        };
    }
}
