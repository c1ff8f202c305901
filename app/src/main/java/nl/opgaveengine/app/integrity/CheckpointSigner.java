package nl.opgaveengine.app.integrity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Signs and checks checkpoints with Ed25519; the key comes from configuration, else one is generated per start. */
public class CheckpointSigner {

    public static final String ALGORITHM = "Ed25519";
    private static final Logger LOG = LoggerFactory.getLogger(CheckpointSigner.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    public CheckpointSigner(IntegrityProperties properties) {
        try {
            if (properties.getSigningPrivateKey() != null && !properties.getSigningPrivateKey().isBlank()) {
                KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
                privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(decode(properties.getSigningPrivateKey())));
                publicKey = factory.generatePublic(new X509EncodedKeySpec(decode(properties.getSigningPublicKey())));
            } else {
                KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
                privateKey = pair.getPrivate();
                publicKey = pair.getPublic();
                LOG.warn("No checkpoint signing key configured (opgave.integrity.signing-private-key): generated key {}"
                        + " for this run only. Configure a key so checkpoints stay verifiable across restarts.", keyId());
            }
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("The checkpoint signing key (opgave.integrity.signing-*) is not a valid"
                    + " Ed25519 key pair", e);
        }
    }

    /** The bytes a checkpoint signature covers. */
    public static byte[] signedContent(long globalIndex, String chainHash, long eventCount, String createdAt) {
        return ("opgave-engine/checkpoint/v1|" + globalIndex + "|" + chainHash + "|" + eventCount + "|" + createdAt)
                .getBytes(StandardCharsets.UTF_8);
    }

    public String sign(byte[] content) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(content);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing a checkpoint failed", e);
        }
    }

    /** Whether the signature over the content is valid for the given public key (base64 X.509). */
    public static boolean verify(String publicKeyBase64, byte[] content, String signatureBase64) {
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)));
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(content);
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    /** A short fingerprint of the public key. */
    public String keyId() {
        return EventHashing.chainHash(EventHashing.GENESIS, 0, ALGORITHM, publicKeyBase64()).substring(0, 16);
    }

    private static byte[] decode(String keyText) {
        String base64 = keyText.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
