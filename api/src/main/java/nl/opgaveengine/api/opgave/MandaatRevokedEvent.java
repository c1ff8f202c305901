package nl.opgaveengine.api.opgave;

import org.axonframework.serialization.Revision;

/**
 * A delegated mandate ended before its period: revoked by the mandaatgever or the project office, or lapsed
 * because the mandaatgever's role ended (then the attribution's reason says so).
 */
@Revision("1")
public record MandaatRevokedEvent(String opgaveId, String mandaatId, Rol rol, String mandaatgever,
                                  String gemachtigde, Attribution attribution) implements OpgaveEvent {
}
