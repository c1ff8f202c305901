package nl.opgaveengine.api.opgave;

import org.axonframework.serialization.Revision;

/**
 * A person was given an opgave role. {@code gebied} is the area the person belongs to as a player; null when none was
 * given, and in events stored before players carried an area.
 */
@Revision("1")
public record RolAssignedEvent(String opgaveId, Rol rol, String persoon, Attribution attribution, String gebied)
        implements OpgaveEvent {

    /** A role holder without an area of their own. */
    public RolAssignedEvent(String opgaveId, Rol rol, String persoon, Attribution attribution) {
        this(opgaveId, rol, persoon, attribution, null);
    }
}
