package nl.opgaveengine.app.integrity;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Verification of the event log for controllers and administrators, and its signed checkpoints. Access per
 * endpoint is in the role matrix ({@code AccessRules}).
 */
@RestController
@RequestMapping("/v1/integriteit")
public class IntegrityController {

    private final EventLogVerifier verifier;
    private final EventLogSealer sealer;
    private final CheckpointSigner signer;

    public IntegrityController(EventLogVerifier verifier, EventLogSealer sealer, CheckpointSigner signer) {
        this.verifier = verifier;
        this.sealer = sealer;
        this.signer = signer;
    }

    /**
     * Recomputes every chain; with {@code globalIndex} and {@code chainHash} it also checks a checkpoint kept
     * outside the system.
     */
    @GetMapping("/verificatie")
    public EventLogVerifier.Report verify(@RequestParam(required = false) Long globalIndex,
                                          @RequestParam(required = false) String chainHash) {
        return verifier.verify(globalIndex, chainHash);
    }

    @GetMapping("/checkpoints")
    public Map<String, List<EventLogSealer.Checkpoint>> checkpoints() {
        return Map.of("checkpoints", sealer.checkpoints());
    }

    /** Seals what is safe to seal and signs the head now (besides the periodic checkpoints). */
    @PostMapping("/checkpoints")
    public ResponseEntity<EventLogSealer.Checkpoint> checkpoint() {
        return ResponseEntity.status(HttpStatus.CREATED).body(sealer.checkpoint());
    }

    /** The public key that checks checkpoint signatures. */
    @GetMapping("/sleutel")
    public Map<String, String> key() {
        return Map.of("algoritme", CheckpointSigner.ALGORITHM, "sleutelId", signer.keyId(),
                "publiekeSleutel", signer.publicKeyBase64());
    }
}
