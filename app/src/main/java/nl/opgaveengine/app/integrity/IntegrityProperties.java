package nl.opgaveengine.app.integrity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the tamper-evident event log ({@code opgave.integrity}). */
@ConfigurationProperties(prefix = "opgave.integrity")
public class IntegrityProperties {

    /** Only events older than this are sealed into the global chain: longer than Axon's gap timeout (60 s). */
    private Duration sealHorizon = Duration.ofSeconds(90);
    /** How often the sealer looks for events to seal. */
    private Duration sealInterval = Duration.ofSeconds(10);
    /** How often a signed checkpoint of the global chain's head is written; zero or negative switches it off. */
    private Duration checkpointInterval = Duration.ofHours(1);
    /** Ed25519 private key (PKCS#8, base64 or PEM) that signs checkpoints; generated per start when empty. */
    private String signingPrivateKey;
    /** The matching Ed25519 public key (X.509, base64 or PEM). */
    private String signingPublicKey;

    public Duration getSealHorizon() {
        return sealHorizon;
    }

    public void setSealHorizon(Duration sealHorizon) {
        this.sealHorizon = sealHorizon;
    }

    public Duration getSealInterval() {
        return sealInterval;
    }

    public void setSealInterval(Duration sealInterval) {
        this.sealInterval = sealInterval;
    }

    public Duration getCheckpointInterval() {
        return checkpointInterval;
    }

    public void setCheckpointInterval(Duration checkpointInterval) {
        this.checkpointInterval = checkpointInterval;
    }

    public String getSigningPrivateKey() {
        return signingPrivateKey;
    }

    public void setSigningPrivateKey(String signingPrivateKey) {
        this.signingPrivateKey = signingPrivateKey;
    }

    public String getSigningPublicKey() {
        return signingPublicKey;
    }

    public void setSigningPublicKey(String signingPublicKey) {
        this.signingPublicKey = signingPublicKey;
    }
}
