package nl.opgaveengine.api.opgave;

import org.axonframework.serialization.Revision;

/** A person was given an opgave role. */
@Revision("1")
public record RolAssignedEvent(String opgaveId, Rol rol, String persoon, Attribution attribution) implements OpgaveEvent {
}
