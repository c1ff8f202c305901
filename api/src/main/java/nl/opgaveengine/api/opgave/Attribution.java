package nl.opgaveengine.api.opgave;

import java.time.Instant;

/**
 * Who did something, in which role, when (UTC) and why: carried by every command and every event.
 *
 * @param actor  the authenticated user, or {@code procesmodel} for steps taken by the process engine
 * @param role   the role in which the actor acted (a global role such as {@code PROJECTBUREAU} or an opgave role)
 * @param at     the moment in UTC
 * @param reason the justification; required where a person decides
 * @param namens on whose behalf the actor acted under a delegated mandate; {@code null} when the actor acted
 *               in their own right (absent in events written before mandates existed)
 */
public record Attribution(String actor, String role, Instant at, String reason, Namens namens) {

    /** The actor name used for steps that the process model takes. */
    public static final String PROCESS_ACTOR = "procesmodel";

    /** An attribution of someone acting in their own right. */
    public Attribution(String actor, String role, Instant at, String reason) {
        this(actor, role, at, reason, null);
    }

    /**
     * The "namens" chain of a decision taken under a delegated mandate.
     *
     * @param mandaatgever the role holder who delegated the mandate
     * @param mandaatId    the id of the mandate (its {@code MandaatDelegatedEvent})
     */
    public record Namens(String mandaatgever, String mandaatId) {
    }

    public static Attribution byProcess(String reason, Instant at) {
        return new Attribution(PROCESS_ACTOR, "PROCESMODEL", at, reason);
    }

    public Attribution withReason(String newReason) {
        return new Attribution(actor, role, at, newReason, namens);
    }

    public Attribution withRole(String newRole) {
        return new Attribution(actor, newRole, at, reason, namens);
    }

    /** The same actor acting on behalf of the holder of a delegated mandate. */
    public Attribution onBehalfOf(String mandaatgever, String mandaatId) {
        return new Attribution(actor, role, at, reason, new Namens(mandaatgever, mandaatId));
    }

    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }
}
