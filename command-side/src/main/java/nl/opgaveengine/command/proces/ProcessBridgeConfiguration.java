package nl.opgaveengine.command.proces;

import io.camunda.client.CamundaClient;
import io.camunda.client.CredentialsProvider;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import nl.opgaveengine.engine.JobHandler;
import nl.opgaveengine.engine.ProcessEngine;
import nl.opgaveengine.engine.gateway.EmbeddedGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/** Chooses the bridge to the process engine by {@code opgave.process-engine.mode}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProcessEngineProperties.class)
public class ProcessBridgeConfiguration {

    /**
     * A failing bridge handler is never skipped (Axon's default would log and move on, losing the step): the
     * tracking processor rolls back and handles the event again after a pause that grows from one second to a minute.
     */
    @Bean
    ConfigurerModule processBridgeErrorHandling() {
        return configurer -> configurer.eventProcessing(processing -> processing.registerListenerInvocationErrorHandler(
                ProcessBridgeEventHandler.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance()));
    }

    /**
     * The bridge's handlers wait on the engine (and, in gateway mode, on gRPC): {@code opgave.process-bridge.segmenten}
     * segments (4 unless set) let that many opgaven's steps run at once, one thread each. Applies when its token rows are
     * first created; up to 16 threads, so rows created earlier with more segments are all still processed.
     */
    @Bean
    ConfigurerModule processBridgeSegments(
            @org.springframework.beans.factory.annotation.Value("${opgave.process-bridge.segmenten:4}") int segmenten) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessorConfiguration(ProcessBridgeEventHandler.PROCESSING_GROUP,
                        configuration -> org.axonframework.eventhandling.TrackingEventProcessorConfiguration
                                .forParallelProcessing(Math.max(16, segmenten)).andInitialSegmentsCount(segmenten)));
    }

    @Bean
    @ConditionalOnProperty(prefix = "opgave.process-engine", name = "mode", havingValue = "embedded",
            matchIfMissing = true)
    ProcessBridge embeddedProcessBridge(ProcessEngine engine,
                                        ObjectProvider<org.springframework.transaction.PlatformTransactionManager> tx,
                                        ObjectProvider<nl.opgaveengine.engine.model.ModelRepository> models) {
        return new EmbeddedProcessBridge(engine, tx.getIfAvailable(), models.getIfAvailable());
    }

    /**
     * The model versions of {@code /v1/procesmodellen}: a Camunda 8 cluster's (gateway mode with a gateway address),
     * otherwise the embedded engine's, which is also what the embedded gateway serves.
     */
    @Bean
    nl.opgaveengine.command.model.ProcessModels processModels(ProcessEngine engine,
                                                              ProcessEngineProperties properties,
                                                              ObjectProvider<CamundaRestClient> rest) {
        if (properties.getMode() == ProcessEngineProperties.Mode.GATEWAY && properties.getGatewayAddress() != null) {
            return new nl.opgaveengine.command.model.CamundaProcessModels(() -> rest.getObject().get());
        }
        return new nl.opgaveengine.command.model.EngineProcessModels(engine);
    }

    /** Gateway mode: everything through the Camunda client. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "opgave.process-engine", name = "mode", havingValue = "gateway")
    static class GatewayMode {

        @Bean(destroyMethod = "close")
        @Lazy
        CamundaClient camundaClient(ProcessEngineProperties properties, ObjectProvider<EmbeddedGateway> embedded) {
            return builder(properties, grpcAddress(properties, embedded)).build();
        }

        /**
         * The bridge; its REST client is made on first use. Without {@code rest-address} it calls this application
         * (the embedded engine's REST API v2), whose port is known once the web server runs.
         */
        @Bean
        ProcessBridge camundaClientProcessBridge(@Lazy CamundaClient client, CamundaRestClient rest) {
            return new CamundaClientProcessBridge(client, rest);
        }

        @Bean
        CamundaRestClient camundaRestClient(ProcessEngineProperties properties,
                                            ObjectProvider<EmbeddedGateway> embedded, Environment environment) {
            return new CamundaRestClient(() -> {
                URI restAddress = properties.getRestAddress();
                if (restAddress == null) {
                    if (properties.getGatewayAddress() != null) {
                        throw new IllegalStateException("opgave.process-engine.rest-address is not set: a Camunda 8"
                                + " cluster's REST address is needed for procesregie steps and migrations");
                    }
                    restAddress = URI.create("http://127.0.0.1:" + environment.getRequiredProperty("local.server.port")
                            + environment.getProperty("server.servlet.context-path", ""));
                }
                return builder(properties, grpcAddress(properties, embedded)).restAddress(restAddress).build();
            });
        }

        private static URI grpcAddress(ProcessEngineProperties properties, ObjectProvider<EmbeddedGateway> embedded) {
            return properties.getGatewayAddress() != null ? properties.getGatewayAddress()
                    : URI.create("http://127.0.0.1:" + embedded.getObject().port());
        }

        private static io.camunda.client.CamundaClientBuilder builder(ProcessEngineProperties properties, URI grpc) {
            var builder = CamundaClient.newClientBuilder()
                    .grpcAddress(grpc)
                    .preferRestOverGrpc(false)
                    .applyEnvironmentVariableOverrides(false)
                    .defaultRequestTimeout(Duration.ofSeconds(30));
            if (properties.getGatewayToken() != null && !properties.getGatewayToken().isBlank()) {
                String token = properties.getGatewayToken();
                builder.credentialsProvider(new CredentialsProvider() {
                    @Override
                    public void applyCredentials(CredentialsApplier applier) {
                        // an http:// address is plaintext (no TLS): use https:// in production
                        applier.put("Authorization", "Bearer " + token);
                    }

                    @Override
                    public boolean shouldRetryRequest(StatusCode statusCode) {
                        return false;
                    }
                });
            }
            return builder;
        }

        @Bean
        CamundaJobWorkers camundaJobWorkers(@Lazy CamundaClient client, List<JobHandler> handlers,
                                            ProcessEngineProperties properties) {
            return new CamundaJobWorkers(client, handlers, properties.getWorkerName());
        }
    }
}
