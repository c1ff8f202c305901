package nl.opgaveengine.engine.gateway;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded gateway: {@code opgave.engine.gateway.enabled}, {@code .host}, {@code .port} (0 = any free
 * port), and an optional bearer {@code .token} that every call must present.
 */
@ConfigurationProperties(prefix = "opgave.engine.gateway")
public class GatewayProperties {

    private boolean enabled = true;
    private String host = "127.0.0.1";
    private int port = 26500;
    private String token;
    private Duration defaultLongPollTimeout = Duration.ofSeconds(10);
    private Duration streamPollInterval = Duration.ofMillis(100);

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public Duration getDefaultLongPollTimeout() {
        return defaultLongPollTimeout;
    }

    public void setDefaultLongPollTimeout(Duration defaultLongPollTimeout) {
        this.defaultLongPollTimeout = defaultLongPollTimeout;
    }

    public Duration getStreamPollInterval() {
        return streamPollInterval;
    }

    public void setStreamPollInterval(Duration streamPollInterval) {
        this.streamPollInterval = streamPollInterval;
    }
}
