package nl.opgaveengine.app.integrity;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash functions of the event log, one place for writer, sealer and verifier. Every field is length-prefixed,
 * so no two different rows can encode to the same bytes.
 */
public final class EventHashing {

    /** The previous hash of the first event of a chain. */
    public static final String GENESIS = "0".repeat(64);

    private static final byte[] EVENT_TAG = "opgave-engine/event/v1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SEAL_TAG = "opgave-engine/seal/v1".getBytes(StandardCharsets.UTF_8);

    private EventHashing() {
    }

    /** The hash of one stored event: its content, its metadata and the hash of the previous event of its aggregate. */
    public static String eventHash(String previousHash, String eventIdentifier, String aggregateIdentifier,
                                   long sequenceNumber, String type, String timestamp, String payloadType,
                                   String payloadRevision, byte[] payload, byte[] metaData) {
        Encoder e = new Encoder(EVENT_TAG);
        e.text(previousHash).text(eventIdentifier).text(aggregateIdentifier).text(Long.toString(sequenceNumber))
                .text(type).text(timestamp).text(payloadType).text(payloadRevision).bytes(payload).bytes(metaData);
        return e.sha256();
    }

    /** The next link of the global chain. */
    public static String chainHash(String previousChainHash, long globalIndex, String eventIdentifier, String eventHash) {
        Encoder e = new Encoder(SEAL_TAG);
        e.text(previousChainHash).text(Long.toString(globalIndex)).text(eventIdentifier).text(eventHash);
        return e.sha256();
    }

    private static final class Encoder {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(512);

        Encoder(byte[] tag) {
            bytes(tag);
        }

        Encoder text(String value) {
            return bytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
        }

        Encoder bytes(byte[] value) {
            int length = value == null ? -1 : value.length;
            out.write(length >>> 24);
            out.write(length >>> 16);
            out.write(length >>> 8);
            out.write(length);
            if (value != null) {
                out.writeBytes(value);
            }
            return this;
        }

        String sha256() {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
        }
    }
}
