package nl.opgaveengine.api.opgave;

import java.time.Instant;

/**
 * The open gate's due date was set or moved, by whom and why. {@code vorigeUiterlijkOp} is the date it replaces
 * (null: the gate had none).
 */
public record GatePlannedEvent(String opgaveId, String gateId, String gateNaam, Instant uiterlijkOp,
                               Instant vorigeUiterlijkOp, Attribution attribution) implements OpgaveEvent {
}
