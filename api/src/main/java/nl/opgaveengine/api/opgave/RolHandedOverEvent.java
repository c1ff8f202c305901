package nl.opgaveengine.api.opgave;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The succession of a role: the open decisions of the role ({@code openGates}, the ids of gates waiting for it)
 * passed from the previous holder to the successor. Follows the {@link RolEndedEvent} and {@link RolAssignedEvent}
 * of the same handover.
 */
@Revision("1")
public record RolHandedOverEvent(String opgaveId, Rol rol, String vorigeHouder, String opvolger,
                                 List<String> openGates, Attribution attribution) implements OpgaveEvent {
}
