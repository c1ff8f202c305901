package nl.opgaveengine.app;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

/**
 * Every processing group is a pooled streaming processor unless it says otherwise (replayable, segmentable).
 *
 * <p>Each processor starts with {@code opgave.processing.segmenten} segments (1 unless set) when its token rows are
 * first created; existing token rows keep their count. Every segment is a token row whose claim is extended every
 * five seconds and a transaction per batch of events: with Axon's default of 16 segments the application's sixteen
 * processors held 256 claims and committed ~80 transactions per second while idle. A processor whose handlers wait
 * on I/O (the process bridge) sets its own count; the query projections take {@code opgave.query.segmenten}.
 */
@Configuration(proxyBeanMethods = false)
public class AxonProcessingConfiguration {

    @Autowired
    void configure(EventProcessingConfigurer configurer, @Value("${opgave.processing.segmenten:1}") int segmenten) {
        configurer.usingPooledStreamingEventProcessors();
        configurer.registerPooledStreamingEventProcessorConfiguration(
                (configuration, builder) -> builder.initialSegmentCount(segmenten));
    }
}
