package nl.opgaveengine.engine.gateway;

import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Serves the gateway API on the configured address for as long as the application runs. */
public class EmbeddedGateway implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedGateway.class);
    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final GatewayService service;
    private final GatewayProperties properties;
    private final JobStreams streams;
    private Server server;

    public EmbeddedGateway(GatewayService service, GatewayProperties properties, JobStreams streams) {
        this.service = service;
        this.properties = properties;
        this.streams = streams;
    }

    @Override
    public synchronized void start() {
        try {
            server = NettyServerBuilder.forAddress(new InetSocketAddress(properties.getHost(), properties.getPort()))
                    // the Java client pings every 45 s; allow it so long job streams are not cut
                    .permitKeepAliveTime(20, TimeUnit.SECONDS)
                    .permitKeepAliveWithoutCalls(true)
                    .maxInboundMessageSize(4 * 1024 * 1024)
                    .addService(ServerInterceptors.intercept(service, new BearerToken(properties.getToken())))
                    .build()
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serve the gateway on " + properties.getHost() + ":"
                    + properties.getPort(), e);
        }
        service.boundTo(server.getPort());
        LOG.info("Camunda 8 gateway API on {}:{}{}", properties.getHost(), server.getPort(),
                properties.getToken() == null ? "" : " (bearer token required)");
    }

    /** The port the gateway listens on (useful when configured as 0). */
    public int port() {
        return server == null ? -1 : server.getPort();
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            streams.close();
            server.shutdown();
            try {
                if (!server.awaitTermination(5, TimeUnit.SECONDS)) {
                    server.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                server.shutdownNow();
            }
            server = null;
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    /** Early among the lifecycle beans, so clients in the same application can reach it when they start. */
    @Override
    public int getPhase() {
        return PHASE;
    }

    /** The lifecycle phase of the gateway. */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    /** Refuses calls without the configured bearer token (when one is configured). */
    private static final class BearerToken implements ServerInterceptor {
        private final byte[] expected;

        BearerToken(String token) {
            this.expected = token == null || token.isBlank() ? null
                    : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                          ServerCallHandler<Q, R> next) {
            if (expected != null) {
                String given = headers.get(AUTHORIZATION);
                if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
                    call.close(Status.UNAUTHENTICATED.withDescription("Expected a valid bearer token in the"
                            + " authorization header"), new Metadata());
                    return new ServerCall.Listener<>() { };
                }
            }
            return next.startCall(call, headers);
        }
    }
}
