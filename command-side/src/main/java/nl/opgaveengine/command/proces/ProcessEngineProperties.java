package nl.opgaveengine.command.proces;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which process engine drives the opgaven: {@code opgave.process-engine.mode=embedded} (default: the
 * embedded engine in-process) or {@code gateway}: any Camunda 8 gateway through the Camunda client —
 * the embedded engine's own gateway when {@code gateway-address} is empty, or a Camunda 8 cluster.
 */
@ConfigurationProperties(prefix = "opgave.process-engine")
public class ProcessEngineProperties {

    /** How the domain reaches its process engine. */
    public enum Mode { EMBEDDED, GATEWAY }

    private Mode mode = Mode.EMBEDDED;
    private URI gatewayAddress;
    private URI restAddress;
    private String gatewayToken;
    private String workerName = "opgave-engine";

    public Mode getMode() {
        return mode;
    }

    public void setMode(Mode mode) {
        this.mode = mode;
    }

    public URI getGatewayAddress() {
        return gatewayAddress;
    }

    public void setGatewayAddress(URI gatewayAddress) {
        this.gatewayAddress = gatewayAddress;
    }

    /**
     * Camunda's REST API v2 address, for what gRPC lacks (search, ad-hoc activation): a cluster's REST address, e.g.
     * {@code http://camunda:8080}; empty = this application itself (the embedded engine serves {@code /v2}).
     */
    public URI getRestAddress() {
        return restAddress;
    }

    public void setRestAddress(URI restAddress) {
        this.restAddress = restAddress;
    }

    public String getGatewayToken() {
        return gatewayToken;
    }

    public void setGatewayToken(String gatewayToken) {
        this.gatewayToken = gatewayToken;
    }

    public String getWorkerName() {
        return workerName;
    }

    public void setWorkerName(String workerName) {
        this.workerName = workerName;
    }
}
