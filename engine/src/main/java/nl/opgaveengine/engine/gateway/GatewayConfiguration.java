package nl.opgaveengine.engine.gateway;

import nl.opgaveengine.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the embedded gateway when {@code opgave.engine.gateway.enabled} is true (the default). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GatewayProperties.class)
@ConditionalOnProperty(prefix = "opgave.engine.gateway", name = "enabled", havingValue = "true", matchIfMissing = true)
public class GatewayConfiguration {

    @Bean(destroyMethod = "close")
    JobStreams gatewayJobStreams(ProcessEngine engine, GatewayProperties properties) {
        return new JobStreams(engine, properties.getStreamPollInterval());
    }

    @Bean
    GatewayService gatewayService(ProcessEngine engine, PlatformTransactionManager transactionManager,
                                  GatewayProperties properties, JobStreams streams) {
        return new GatewayService(engine, new TransactionTemplate(transactionManager), properties, streams);
    }

    @Bean
    EmbeddedGateway embeddedGateway(GatewayService service, GatewayProperties properties, JobStreams streams) {
        return new EmbeddedGateway(service, properties, streams);
    }
}
