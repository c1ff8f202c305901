package nl.opgaveengine.api.opgave;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A role holder (mandaatgever) delegated the decision mandate of a role to a named person (gemachtigde) for the
 * period [{@code geldigVan}, {@code geldigTot}).
 */
@Revision("1")
public record MandaatDelegatedEvent(String opgaveId, String mandaatId, Rol rol, String mandaatgever,
                                    String gemachtigde, Instant geldigVan, Instant geldigTot,
                                    Attribution attribution) implements OpgaveEvent {
}
