package nl.opgaveengine.api.opgave;

import org.axonframework.serialization.Revision;

/** A person's opgave role ended. */
@Revision("1")
public record RolEndedEvent(String opgaveId, Rol rol, String persoon, Attribution attribution) implements OpgaveEvent {
}
