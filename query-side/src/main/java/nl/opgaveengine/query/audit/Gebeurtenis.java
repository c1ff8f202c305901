package nl.opgaveengine.query.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** One opgave event as the history shows it: who, in which role, when and why, with its full payload. */
public record Gebeurtenis(
        String id,
        Long globalePositie,
        Long volgnummer,
        String type,
        String revisie,
        Instant tijdstip,
        Instant opgeslagenOp,
        String actor,
        String rol,
        String reden,
        JsonNode payload,
        JsonNode metadata,
        String aggregaatType,
        String aggregaatId) {
}
