package nl.opgaveengine.engine;

import java.util.Map;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The engine alone, on H2 (or PostgreSQL with -Ppostgres), with two in-process test workers. */
@SpringBootApplication
public class EngineTestApplication {

    /** As the app does: tracking processors by default; the engine must still keep its lookups subscribing. */
    @Autowired
    void configure(EventProcessingConfigurer configurer) {
        configurer.usingTrackingEventProcessors();
    }

    static final String ECHO_JOB = "test-echo";
    static final String BROKEN_JOB = "test-broken";

    /** Completes its jobs with the task header "result" as variable {@code echoed}. */
    @Bean
    JobHandler echoHandler() {
        return new JobHandler() {
            @Override
            public String jobType() {
                return ECHO_JOB;
            }

            @Override
            public Map<String, Object> handle(ActivatedJob job) {
                return Map.of("echoed", job.customHeaders().getOrDefault("result", "none"),
                        "seenAmount", job.variables().getOrDefault("amount", -1));
            }
        };
    }

    /** Always throws, so its jobs use up their retries. */
    @Bean
    JobHandler brokenHandler() {
        return new JobHandler() {
            @Override
            public String jobType() {
                return BROKEN_JOB;
            }

            @Override
            public Map<String, Object> handle(ActivatedJob job) {
                throw new IllegalStateException("systeem X is onbereikbaar");
            }
        };
    }
}
