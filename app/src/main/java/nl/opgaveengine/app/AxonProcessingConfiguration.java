package nl.opgaveengine.app;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** Every processing group is a pooled streaming processor unless it says otherwise (replayable, segmentable). */
@Configuration(proxyBeanMethods = false)
public class AxonProcessingConfiguration {

    @Autowired
    void configure(EventProcessingConfigurer configurer) {
        configurer.usingPooledStreamingEventProcessors();
    }
}
