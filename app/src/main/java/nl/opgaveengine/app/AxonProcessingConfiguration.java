package nl.opgaveengine.app;

import nl.opgaveengine.query.QueryProcessorsConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

/**
 * Every processing group is a tracking event processor unless it says otherwise (replayable, segmentable).
 *
 * <p>Tracking, not pooled streaming (ADR 0010): on the JDBC event store a pooled streaming processor is never told
 * that events arrived and looks every 500 ms, which put 0–500 ms into every hop (a decision to the process bridge, a
 * change to a view). A tracking processor's thread waits on the event stream and wakes at the commit.
 *
 * <p>Each processor starts with {@code opgave.processing.segmenten} segments (1 unless set) when its token rows are
 * first created; existing token rows keep their count, and up to 16 threads (one per claimed segment) process them.
 * Every segment is a token row whose claim is extended while idle and a transaction per batch of events. A processor
 * whose handlers wait on I/O (the process bridge) sets its own count; the query projections take
 * {@code opgave.query.segmenten}.
 */
@Configuration(proxyBeanMethods = false)
public class AxonProcessingConfiguration {

    @Autowired
    void configure(EventProcessingConfigurer configurer, @Value("${opgave.processing.segmenten:1}") int segmenten) {
        configurer.usingTrackingEventProcessors();
        configurer.registerTrackingEventProcessorConfiguration(
                configuration -> QueryProcessorsConfiguration.tracking(segmenten, 1));
    }
}
