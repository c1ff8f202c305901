package nl.opgaveengine.api.opgave;

import java.time.Instant;

/**
 * Who did something, in which role, when (UTC) and why: carried by every command and every event.
 *
 * @param actor  the authenticated user, or {@code procesmodel} for steps taken by the process engine
 * @param role   the role in which the actor acted (a global role such as {@code PROJECTBUREAU} or an opgave role)
 * @param at     the moment in UTC
 * @param reason the justification; required where a person decides
 */
public record Attribution(String actor, String role, Instant at, String reason) {

    /** The actor name used for steps that the process model takes. */
    public static final String PROCESS_ACTOR = "procesmodel";

    public static Attribution byProcess(String reason, Instant at) {
        return new Attribution(PROCESS_ACTOR, "PROCESMODEL", at, reason);
    }

    public Attribution withReason(String newReason) {
        return new Attribution(actor, role, at, newReason);
    }

    public Attribution withRole(String newRole) {
        return new Attribution(actor, newRole, at, reason);
    }

    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }
}
